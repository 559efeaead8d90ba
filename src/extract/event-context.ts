/**
 * Sentence-level context for event cues: whether a sentence reports a signing, speaks of the
 * future, or only quotes a phrase that contains a cue word without being one.
 */

// A signing or concluding verb: an instrument in the same sentence was actually signed.
const SIGNING =
  /(?<![\p{L}])(?:sign|inked|conclu|entered into|подпис|скрепил|заключ|підпис|уклал|қол қой|signé|signent|signature|firm[óaeé]|suscri|assin|celebra|unterzeichn|unterschrieb|schließt|schloss|abgeschlossen|menandatangani|meneken|teken|diteken|penandatanganan|ditandatangani|imzala|imza(?![\p{L}])|firmat|sottoscritt|saini|ký(?![\p{L}])|ký kết|podpis)|saini|签署|签订|签约|وقع|وقّع|توقيع|امضا|हस्ताक्षर|서명|체결|署名|締結|調印/iu;

// The sentence speaks of a plan or forecast; its cues describe what has not happened yet.
const FUTURE =
  /(?<![\p{L}])(?:will|shall|to be|set to|plans? to|expected to|is due|would|будет|будут|планиру|намерен|предполага|буде|будуть|планує|sera|seront|va\s|vont\s|prévoit|será|serán|se producirá|va a|prevé|vai\s|vão\s|deverá|poderá|wird|werden|soll|sollen|akan|sẽ|sarà|saranno|\p{L}+(?:acak|ecek)|itakuwa|planned (?:for|to|in)|scheduled (?:for|to|in)|będzie|będą|zostanie|zostaną)(?![\p{L}])|将|计划|سوف|سيتم|خواهد|خواهند|(?:ेगा|ेगी|ेंगे)(?![\p{L}\p{M}])|예정|予定/iu;

// Phrases whose cue word is not an event: "de acuerdo con" (according to), "reached an agreement
// on" (a consensus at a visit, not a signed instrument), "deal with" (a verb).
const NEUTRAL_PHRASES =
  /(?<![\p{L}])(?:de acuerdo (?:con|a)|de acordo com|(?<!protocole )d['’]accord|(?:reached|reach|reaching) (?:an |a )?agreement|agreement (?:was|were|has been|had been) reached|in accordance|deals? with|new deal)/giu;
// "The satellite, launched on Tuesday, lost contact": a participle describing the subject tells its
// history; the news is the main verb.
const APPOSITIVE_PARTICIPLE =
  /,\s*(?:launched|lançad[oa]s?|lanzad[oa]s?|lancée?s?|запущенн\p{L}*|inaugurated|inaugurad[oa]s?|inaugurée?s?)(?![\p{L}])[^,]{0,80},/giu;

// A meeting with the press is where news is announced, not the event itself.
const PRESS =
  /(?<![\p{L}])(?:press|media|journalists|reporters|пресс|брифинг|журналист|СМИ|ЗМІ|БАҚ|presse|prensa|imprensa|Presse|pers|wartawan|báo chí|phóng viên|basın|stampa|waandishi wa habari)(?![\p{L}])|记者|新闻发布会|الصحفي|الإعلام/iu;

export function addressesPress(sentence: string): boolean {
  return PRESS.test(sentence);
}

// A signing still to come ("agreed to sign", "подпишут", "sẽ ký") is not a signing.
const FUTURE_SIGNING =
  /(?<![\p{L}])(?:(?:to|will|would|shall)\s+(?:be\s+)?sign\p{L}*|подпишут|подпишет|подписать|будет подписан\p{L}*|підпишуть|підписати|signera\p{L}*|firmará\p{L}*|assinará\p{L}*|unterzeichnen wird|akan menandatangani|sẽ ký|podpisze|podpiszą)|将签署|سيوقع|ستوقع|امضا خواهد|서명할|署名する予定|हस्ताक्षर कर(?:ेंगे|ेगा|ेगी)/giu;

export function hasSigning(sentence: string): boolean {
  return SIGNING.test(sentence.replace(FUTURE_SIGNING, ' '));
}

export function speaksOfFuture(sentence: string): boolean {
  return FUTURE.test(sentence);
}

/** The sentence with phrases removed that contain a cue word but report no event. */
export function neutralise(sentence: string): string {
  return sentence.replace(NEUTRAL_PHRASES, ' ').replace(APPOSITIVE_PARTICIPLE, ' ');
}

// "…had originally been contracted", "ранее": a party to an earlier, different arrangement.
const FORMER =
  /(?<![\p{L}])(?:originally|previously|formerly|replaced|ранее|прежде|раніше|auparavant|précédemment|anteriormente|sebelumnya|trước đây|früher|ursprünglich)(?![\p{L}])|此前|سابقا/iu;

// "…signed the MoU in May, 2013", "diteken pada Mei 2019": a signing dated only by month and year
// is told as history; the reported event carries its day.
const DATED_BY_YEAR =
  /(?<![\p{L}\p{N}])(?:in|en|em|pada|vào|в|у|im|nel|mwaka)\s+(?:(?:tháng\s+)?\p{L}+,?\s+)?(?:năm\s+)?(?:19|20)\d{2}(?![\p{N}])(?!\s*[-/])/iu;
// Following an earlier instrument ("na sequência do acordo", "following the agreement").
const FOLLOWING =
  /(?<![\p{L}])(?:na sequência d|following (?:the|an|a) |à la suite d|en seguimiento d|tras la firma|в развитие|в рамках подписанного|відповідно до підписаного|sebagai tindak lanjut)/iu;

/** The sentence is about an earlier arrangement ("had originally been contracted"). */
export function recallsFormer(sentence: string): boolean {
  return FORMER.test(sentence);
}

/** The sentence tells of an earlier instrument: dated by month and year only, or one this follows. */
export function recallsEarlierInstrument(sentence: string): boolean {
  return DATED_BY_YEAR.test(sentence) || FOLLOWING.test(sentence);
}

// Approving a signing ("Cabinet approves signing of MoU") is a decision, not the signing.
const APPROVAL =
  /(?<![\p{L}])(?:approv\p{L}*|clears|cleared|endorse\p{L}*|одобр\p{L}*|утверд\p{L}*|схвал\p{L}*|aprob\p{L}*|approuv\p{L}*|aprova\p{L}*|genehmig\p{L}*|menyetujui|disetujui|phê duyệt|onayla\p{L}*|approva\p{L}*|imeidhinisha)(?![\p{L}])|批准|وافق|يوافق|الموافقة/iu;

export function approvesOnly(sentence: string): boolean {
  return APPROVAL.test(sentence);
}
