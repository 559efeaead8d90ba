import type { Page } from './page.ts';
import { splitSentences } from './sentences.ts';

/** One sentence of the article with where it stands: the headline or the n-th body sentence. */
export interface PageSentence {
  readonly text: string;
  readonly inTitle: boolean;
  /** Index among body sentences; -1 for the headline. */
  readonly index: number;
  /** The paragraph recalls earlier events ("Напомним…", "Previously…"), so it is background. */
  readonly background: boolean;
}

// Openers of a paragraph that recalls older, unrelated events rather than reporting the news.
const BACKGROUND_OPENER =
  /^(?:напомним|напомина|ранее|нагадаємо|раніше|еске сала|recall|previously|earlier|in the past|back in|rappelons|auparavant|précédemment|cabe recordar|recordemos|anteriormente|vale lembrar|cabe lembrar|zur erinnerung|bereits \S+ hatte|sebelumnya|trước đó|此前|早前|يذكر أن|وكانت|وكان)/iu;

// A speaker recalling earlier events ("recalled", "еске салды", "напомнил", "lembrou").
const RECALL =
  /(?<![\p{L}])(?:recalled|reminded|напомнил\p{L}*|нагадав\p{L}*|нагадала|еске сал\p{L}*|rappelé|a rappelé|recordó|lembrou|erinnerte|mengingatkan|nhắc lại|hatırlattı|alikumbusha)(?![\p{L}])|回顾|وذكّر/iu;

// Organisations, event type and topics all read the same page's sentences: split it once.
const split = new WeakMap<Page, readonly PageSentence[]>();

/** The headline and the body sentences, in reading order; chrome lines never appear. */
export function pageSentences(page: Page): readonly PageSentence[] {
  let sentences = split.get(page);
  if (!sentences) split.set(page, (sentences = splitPage(page)));
  return sentences;
}

function splitPage(page: Page): PageSentence[] {
  const sentences: PageSentence[] = [];
  if (page.title) sentences.push({ text: page.title, inTitle: true, index: -1, background: false });
  let index = 0;
  for (const line of page.bodyLines) {
    let background = BACKGROUND_OPENER.test(line.trim());
    for (const text of splitSentences(line)) {
      // "He recalled that…": the rest of the paragraph is about the past.
      background ||= RECALL.test(text);
      sentences.push({ text, inTitle: false, index: index++, background });
    }
  }
  return sentences;
}
