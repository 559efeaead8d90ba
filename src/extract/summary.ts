import { splitSentences } from './sentences.ts';

const MAX_LENGTH = 320;

/** One or two sentences from the start of the body: the lead of a news article. */
export function summarise(bodyLines: string[]): string {
  // Subheadings and captions have no closing punctuation; the lead's sentences do.
  const sentences = splitSentences(bodyLines.join('\n')).filter(
    (sentence) =>
      (sentence.split(/\s+/u).length >= 6 || sentence.length >= 40) &&
      /[.!?…。！？؟]["'»”)]*$/u.test(sentence),
  );
  const [first, second] = sentences;
  if (!first) return '';
  if (second && first.length + second.length < MAX_LENGTH) return `${first} ${second}`;
  return first.length > MAX_LENGTH * 2 ? `${first.slice(0, MAX_LENGTH * 2).trimEnd()}…` : first;
}
