import {
  APPROVAL_WORDS,
  BACKGROUND_BEFORE,
  EVENT_WORDS,
  FUTURE_WORDS,
  HAN_APPROVAL_WORDS,
  HAN_EVENT_WORDS,
  HAN_REPORT_WORDS,
  REPORT_WORDS,
  VAGUE_TIME_WORDS,
} from './date-cue-words.ts';
import { compactString } from './one-byte.ts';
import { wordRegex } from './date-word-regex.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const EVENT = wordRegex(EVENT_WORDS, HAN_EVENT_WORDS);
const APPROVAL = wordRegex(APPROVAL_WORDS, HAN_APPROVAL_WORDS);
const REPORT = wordRegex(REPORT_WORDS, HAN_REPORT_WORDS);
/** What may stand between an approval and the act it approves: an article at most. */
const APPROVED_ACT_GAP =
  /^\s*(?:(?:the|a|an|la|le|l’|l'|el|les|los|las|o|os|as|die|der|den|das|di|il)\s*)?$/iu;
const FUTURE = wordRegex(FUTURE_WORDS, ['将', '计划']);
const VAGUE = wordRegex(VAGUE_TIME_WORDS, ['近日', '日前']);
const BACKGROUND = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${BACKGROUND_BEFORE.map(escape).join('|')})(?:\\s+(?:le|el|la|the|o|a|de|del|den|dem))?\\s*$`,
  'iu',
);

const ARABIC_MARK = /[\u064B-\u0652\u0670\u0640]/u;

/**
 * Drops Arabic short vowels, shadda, sukun and tatweel (the word lists leave them out), keeping a
 * map back to offsets; text without any (nearly all) keeps its offsets and needs no map.
 */
function stripArabicMarks(text: string): { text: string; at: number[] | null } {
  if (!ARABIC_MARK.test(text)) return { text: compactString(text), at: null };
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640) continue;
    at.push(i);
    out += text[i];
  }
  at.push(text.length);
  return { text: out, at };
}

export type CueKind = 'event' | 'approval' | 'report';

export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
}

/** Whether a cue names an act a date next to it can date (an event or an approval). */
export function datesAct(cue: Cue): boolean {
  return cue.kind !== 'report';
}

type Stripped = ReturnType<typeof stripArabicMarks>;

function matchCues({ text, at }: Stripped, regex: RegExp, kind: CueKind): Cue[] {
  return [...text.matchAll(regex)].map((m) => {
    const last = m.index + m[0].length - 1;
    return { start: at ? at[m.index]! : m.index, end: (at ? at[last]! : last) + 1, kind };
  });
}

/** Event and approval words in a sentence, with offsets into it: the cues a date can date. */
export function findActCues(sentence: string): Cue[] {
  const stripped = stripArabicMarks(sentence);
  const approvals = matchCues(stripped, APPROVAL, 'approval');
  const events = matchCues(stripped, EVENT, 'event').filter(
    (cue) =>
      !approvals.some(
        (approval) =>
          approval.end <= cue.start &&
          APPROVED_ACT_GAP.test(sentence.slice(approval.end, cue.start)),
      ),
  );
  return [...events, ...approvals];
}

/** Report words in a sentence, with offsets into it; kept apart, as most sentences never need them. */
export function findReportCues(sentence: string): Cue[] {
  return matchCues(stripArabicMarks(sentence), REPORT, 'report');
}

export function isFutureSentence(sentence: string): boolean {
  FUTURE.lastIndex = 0;
  return FUTURE.test(sentence);
}

/** Whether the words just before a date mark it as background ("since", "depuis le", "с"). */
export function isBackground(before: string): boolean {
  return BACKGROUND.test(before.slice(-30));
}

/** Whether the sentence dates something vaguely ("recently", "este fin de semana"). */
export function hasVagueTime(sentence: string): boolean {
  VAGUE.lastIndex = 0;
  return VAGUE.test(sentence);
}
