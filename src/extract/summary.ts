import { splitSentences } from './sentences.ts';

const MAX_LENGTH = 320;
const CLOSED = /[.!?…。！？؟]["'»”)]*$/u;

/** One or two sentences from the start of the body: the lead of a news article. */
export function summarise(bodyLines: string[]): string {
  const sentences = splitSentences(bodyLines.join('\n'));
  // Subheadings and captions have no closing punctuation; the lead's sentences do.
  const at = sentences.findIndex(
    (sentence) =>
      CLOSED.test(sentence) && (sentence.split(/\s+/u).length >= 6 || sentence.length >= 40),
  );
  const first = sentences[at];
  if (!first) return '';
  const second = sentences[at + 1];
  if (second && CLOSED.test(second) && first.length + second.length < MAX_LENGTH)
    return `${first} ${second}`;
  return first.length > MAX_LENGTH * 2 ? `${first.slice(0, MAX_LENGTH * 2).trimEnd()}…` : first;
}
