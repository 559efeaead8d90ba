import { describe, expect, it } from 'vitest';
import { TOPIC_TESTS, mayNameTopic } from '../../../src/extract/topic-patterns.ts';

const SENTENCES = [
  'The operator will roll out 5G and broadband across the region.',
  'Huawei signed a deal on the ſ5G network.', // long s before an acronym
  'Les services publics passent au numérique.', // a `together` pair
  'Строительство дата-центра и облачных сервисов.',
  '双方将在5G网络、数字经济领域开展合作。',
  'اتفاقية لتطوير الحكومة الإلكترونية',
  'The ministers discussed fisheries and tourism.',
  '',
];

describe('mayNameTopic', () => {
  it.each(SENTENCES)('is true whenever a topic test accepts %j', (sentence) => {
    const named = TOPIC_TESTS.some(([, test]) => test(sentence));
    if (named) expect(mayNameTopic(sentence)).toBe(true);
  });

  it('is false for a sentence that names no topic', () => {
    expect(mayNameTopic('The ministers discussed fisheries and tourism.')).toBe(false);
  });
});
