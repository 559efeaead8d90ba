import {
  COMPANY,
  COUNTERPART,
  type CueList,
  HEAD_OF_STATE,
  MINISTER,
  PAIR_JOINER,
  STATE_BODY,
  UNNAMED_STATE,
  VENUE,
} from './country-role-cues.ts';
import type { CountryMention } from './gazetteer/countries-matcher.ts';

/** One sentence of the article with the countries found in it. */
export interface ScoredSentence {
  text: string;
  /** 'title', or the index of the body sentence (0 = first). */
  position: 'title' | number;
  mentions: CountryMention[];
}

export interface RoleEvidence {
  score: number;
  /** The sentence that best supports the role. */
  evidence: string;
}

/**
 * Feature weights. A country is a partner when its summed score reaches PARTNER_THRESHOLD:
 * roughly, a state body of its own, or the headline plus the lead, or the lead plus repeated
 * mentions. Chrome never contributes.
 */
const WEIGHT = {
  title: 2.5,
  firstSentence: 1.5,
  secondSentence: 0.75,
  stateBody: 2.5,
  minister: 1.5,
  headOfState: 0.5,
  /** Two countries joined by "and" in the headline or lead: "X and Y sign…". */
  pair: 2,
  repeat: 0.6,
  maxRepeats: 4,
  unnamedState: 3.5,
  /** With no partner above the threshold, the best country still is one if it scores this. */
  fallback: 1.5,
  /** Share of the position and repeat weights a venue-only or company-only mention keeps. */
  discounted: 0.3,
};
export const PARTNER_THRESHOLD = 3.5;

/** How far (in characters) a cue word reaches to the country it belongs to. */
const CUE_REACH = 70;

type CueKind = 'state' | 'minister' | 'head' | 'company';

interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
}

/** Prepositions of place right before a name: "en Chine", "in China", "в Китае", "à Abidjan". */
const LOCATIVE =
  /(?:^|[\s(])(?:in|at|en|à|au|aux|em|no|na|в|во|у|di|tại|ở|في|im|nach|to|w|we|jijini|nchini|در)\s+$/iu;

function isLocative(text: string, mention: CountryMention): boolean {
  return LOCATIVE.test(text.slice(Math.max(0, mention.start - 8), mention.start));
}

/**
 * The mention a cue belongs to: the nearest within reach, unless a "counterpart" word stands
 * between them ("the minister met his Algerian counterpart": the minister is not Algeria's).
 */
function nearestMention(
  text: string,
  hit: CueHit,
  candidates: CountryMention[],
): { mention: CountryMention; distance: number } | undefined {
  let best: { mention: CountryMention; distance: number } | undefined;
  for (const mention of candidates) {
    const before = hit.start < mention.start;
    const distance = before ? mention.start - hit.end : Math.max(0, hit.start - mention.end);
    if (distance > CUE_REACH || (best && distance >= best.distance)) continue;
    const between = before
      ? text.slice(hit.end, mention.start)
      : text.slice(mention.end, hit.start);
    if (between.search(COUNTERPART.pattern) >= 0) continue;
    best = { mention, distance };
  }
  return best;
}

function cueHits(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  const add = (kind: CueKind, list: CueList): void => {
    for (const { start, end } of list.find(sentence)) hits.push({ kind, start, end });
  };
  add('state', STATE_BODY);
  add('head', HEAD_OF_STATE);
  add('minister', MINISTER);
  add('company', COMPANY);
  // A cue inside a longer one ("Premier ministre", "ministerio") counts once, as the longer kind.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((hit, index) => !hits.slice(0, index).some((other) => other.end > hit.start));
}

/**
 * Each cue belongs to the nearest country mention within reach (a ministry to "its" country).
 * A mention whose nearest cue is a company word is a company's home, whatever else is near;
 * a mention after a preposition of place is a location and takes no cue.
 */
function attachCues(sentence: ScoredSentence, hits: CueHit[]): Map<CountryMention, Set<CueKind>> {
  const attached = new Map<CountryMention, Set<CueKind>>();
  const nearest = new Map<CountryMention, { kind: CueKind; distance: number }>();
  const candidates = sentence.mentions.filter((mention) => !isLocative(sentence.text, mention));
  for (const hit of hits) {
    const near = nearestMention(sentence.text, hit, candidates);
    if (!near) continue;
    const kinds = attached.get(near.mention) ?? new Set();
    kinds.add(hit.kind);
    attached.set(near.mention, kinds);
    if (near.distance < (nearest.get(near.mention)?.distance ?? Infinity))
      nearest.set(near.mention, { kind: hit.kind, distance: near.distance });
  }
  for (const [mention, cue] of nearest)
    if (cue.kind === 'company') attached.set(mention, new Set(['company']));
  // "Agencies of Azerbaijan and Chad": what attaches to one side of a pair attaches to both.
  sentence.mentions.forEach((mention, index) => {
    const next = sentence.mentions[index + 1];
    if (!next || next.code === mention.code) return;
    if (!PAIR_JOINER.test(sentence.text.slice(mention.end, next.start))) return;
    const union = new Set([...(attached.get(mention) ?? []), ...(attached.get(next) ?? [])]);
    if (union.size) [mention, next].forEach((side) => attached.set(side, new Set(union)));
  });
  return attached;
}

/**
 * Countries named in the sentence only as a place ("met in China", "signed in Bucharest") while
 * another country is named as an actor: the place is where it happened, not who took part.
 */
function placeOnlyCodes(sentence: ScoredSentence): Set<string> {
  const place = new Set<string>();
  const actor = new Set<string>();
  for (const mention of sentence.mentions)
    (isLocative(sentence.text, mention) ? place : actor).add(mention.code);
  if (actor.size === 0) return new Set();
  return new Set([...place].filter((code) => !actor.has(code)));
}

function pairedCodes(sentence: ScoredSentence): Set<string> {
  const codes = new Set<string>();
  if (positionWeight(sentence.position) === 0) return codes;
  sentence.mentions.forEach((mention, index) => {
    const next = sentence.mentions[index + 1];
    if (
      next &&
      next.code !== mention.code &&
      PAIR_JOINER.test(sentence.text.slice(mention.end, next.start))
    ) {
      codes.add(mention.code).add(next.code);
    }
  });
  return codes;
}

interface Tally {
  score: number;
  best: number;
  evidence: string;
  sentences: number;
}

function credit(tallies: Map<string, Tally>, code: string, points: number, sentence: string): void {
  const tally = tallies.get(code) ?? { score: 0, best: 0, evidence: sentence, sentences: 0 };
  tally.score += points;
  if (points > tally.best) [tally.best, tally.evidence] = [points, sentence];
  tallies.set(code, tally);
}

function positionWeight(position: ScoredSentence['position']): number {
  if (position === 'title') return WEIGHT.title;
  if (position === 0) return WEIGHT.firstSentence;
  if (position === 1) return WEIGHT.secondSentence;
  return 0;
}

/**
 * Scores every country named in the headline and body. `siteCountries` are the site's home
 * countries (ccTLD, masthead): they gain when the body speaks of "the government" or "our
 * country" without naming one. `stateBodies` are codes of government organisations found by
 * the organisation extractor.
 */
export function scoreCountries(
  sentences: ScoredSentence[],
  siteCountries: string[],
  stateBodies: Set<string>,
): Map<string, RoleEvidence> {
  const tallies = new Map<string, Tally>();
  let unnamed: ScoredSentence | undefined;
  let namedState = false;
  for (const sentence of sentences) {
    // The cue scan is the costly part: it runs at most once per sentence, and only where a
    // country or a lead position can use it (a sentence without countries attaches nothing).
    let scanned: CueHit[] | undefined;
    const hits = (): CueHit[] => (scanned ??= cueHits(sentence.text));
    const named = sentence.mentions.length > 0;
    const attached = named ? attachCues(sentence, hits()) : new Map<CountryMention, Set<CueKind>>();
    const paired = pairedCodes(sentence);
    const venue = named && sentence.text.search(VENUE.pattern) >= 0;
    const place = placeOnlyCodes(sentence);
    // "The government" refers back to a state already named, else to the site's own state.
    if (
      !unnamed &&
      !namedState &&
      ((sentence.position !== 'title' && speaksOfUnnamedState(sentence)) ||
        hasUnattachedOfficial(sentence, hits))
    )
      unnamed = sentence;
    const seen = new Set<string>();
    for (const mention of sentence.mentions) {
      const kinds = attached.get(mention) ?? new Set();
      let points = 0;
      if (kinds.has('state')) points += WEIGHT.stateBody;
      else if (kinds.has('minister')) points += WEIGHT.minister;
      else if (kinds.has('head')) points += WEIGHT.headOfState;
      if (kinds.has('state') || kinds.has('minister')) namedState = true;
      const companyOnly = kinds.has('company') && points === 0;
      const venueOnly =
        (venue || place.has(mention.code)) && points === 0 && !paired.has(mention.code);
      const share = companyOnly || venueOnly ? WEIGHT.discounted : 1;
      if (!seen.has(mention.code)) {
        points += share * positionWeight(sentence.position);
        if (paired.has(mention.code)) points += WEIGHT.pair;
        const tally = tallies.get(mention.code);
        if (tally && tally.sentences < WEIGHT.maxRepeats) points += share * WEIGHT.repeat;
      }
      credit(tallies, mention.code, points, sentence.text);
      if (!seen.has(mention.code)) tallies.get(mention.code)!.sentences++;
      seen.add(mention.code);
    }
  }
  // A state body the organisation extractor lists is a party, so its country is a partner.
  for (const code of stateBodies) {
    const tally = tallies.get(code);
    if (tally) tally.score += PARTNER_THRESHOLD;
  }
  if (unnamed) {
    for (const code of siteCountries) credit(tallies, code, WEIGHT.unnamedState, unnamed.text);
  }
  applyFallback(tallies);
  return new Map(
    [...tallies].map(([code, tally]) => [code, { score: tally.score, evidence: tally.evidence }]),
  );
}

/** With no partner at all, a clear leader among the countries still is one (a page with one country). */
function applyFallback(tallies: Map<string, Tally>): void {
  const ranked = [...tallies.values()].sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.score >= PARTNER_THRESHOLD || first.score < WEIGHT.fallback) return;
  if (second && second.score > first.score / 2) return;
  first.score = PARTNER_THRESHOLD;
}

/** "The government signed…" with no country named near the word. */
function speaksOfUnnamedState(sentence: ScoredSentence): boolean {
  for (const match of UNNAMED_STATE.find(sentence.text)) {
    const near = sentence.mentions.some(
      (mention) => mention.end >= match.start - 15 && mention.start <= match.end + 15,
    );
    if (!near) return true;
  }
  return false;
}

/**
 * A minister in the headline or lead with no country he or she could belong to
 * ("Bundesminister Wissing in Ruanda", "the Minister of ICT met his Kenyan counterpart"):
 * a national outlet leaves its own state unnamed.
 */
function hasUnattachedOfficial(sentence: ScoredSentence, hits: () => CueHit[]): boolean {
  if (positionWeight(sentence.position) === 0) return false;
  const candidates = sentence.mentions.filter((mention) => !isLocative(sentence.text, mention));
  return hits().some(
    (hit) => hit.kind === 'minister' && !nearestMention(sentence.text, hit, candidates),
  );
}
