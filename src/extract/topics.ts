import type { Topic } from '../schema/dataset.ts';
import { pageSentences } from './event-sentences.ts';
import type { Page } from './page.ts';
import { TOPIC_TESTS, mayNameTopic } from './topic-patterns.ts';

// "The Fourth Industrial Revolution, with AI and IoT among its technologies" is rhetoric about
// the future, not the content of a cooperation, so buzzword topics in such sentences don't count.
const REVOLUTION =
  /industrial revolution|4IR|промышленн\p{L}* революц|промислов\p{L}* революц|révolution industrielle|revolución industrial|revolução industrial|industrielle revolution|revolusi industri|cách mạng công nghiệp|工业革命|الثورة الصناعية/iu;
const BUZZWORDS = new Set<Topic>(['ai', 'iot', 'cloud']);

/**
 * The topics of the cooperation, each with the first sentence that names it. Only the headline
 * and body count (never chrome), and paragraphs that recall older events are skipped.
 */
export function extractTopics(page: Page): { topic: Topic; evidence: string }[] {
  const found = new Map<Topic, string>();
  for (const sentence of pageSentences(page)) {
    if (sentence.background || !mayNameTopic(sentence.text)) continue;
    const rhetoric = REVOLUTION.test(sentence.text);
    for (const [topic, test] of TOPIC_TESTS) {
      if (found.has(topic) || (rhetoric && BUZZWORDS.has(topic))) continue;
      if (test(sentence.text)) found.set(topic, sentence.text);
    }
  }
  return TOPIC_TESTS.flatMap(([topic]) => {
    const evidence = found.get(topic);
    return evidence === undefined ? [] : [{ topic, evidence }];
  });
}
