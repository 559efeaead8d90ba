import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['One sentence. Another one!', ['One sentence.', 'Another one!']],
    [
      'Mr. Chen Chen and Prof. Dr. Mihailo Jovanović signed it. It was 2020.',
      ['Mr. Chen Chen and Prof. Dr. Mihailo Jovanović signed it.', 'It was 2020.'],
    ],
    [
      'The deal is worth 1.44 billion dollars. It was signed in Beijing.',
      ['The deal is worth 1.44 billion dollars.', 'It was signed in Beijing.'],
    ],
    ['Minister N. Uchral received the guests.', ['Minister N. Uchral received the guests.']],
    [
      'Встреча прошла в Баку. Стороны обсудили проекты.',
      ['Встреча прошла в Баку.', 'Стороны обсудили проекты.'],
    ],
    [
      '中国和莫桑比克签署了协议。双方将加强合作。',
      ['中国和莫桑比克签署了协议。', '双方将加强合作。'],
    ],
    [
      'Die Stadt vergab am 5. Mai den Auftrag. Er gilt drei Jahre.',
      ['Die Stadt vergab am 5. Mai den Auftrag.', 'Er gilt drei Jahre.'],
    ],
    ['Es waren 5. Dann kamen mehr.', ['Es waren 5.', 'Dann kamen mehr.']],
    [
      'The cable is live. 🚀 It links two ports. 🇰🇿 Kazakhstan joins next.',
      ['The cable is live.', '🚀 It links two ports.', '🇰🇿 Kazakhstan joins next.'],
    ],
    ['Talks went on, etc. 🚀 and more.', ['Talks went on, etc. 🚀 and more.']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
