import { describe, expect, it } from 'vitest';
import { EVENT_WORDS, REPORT_WORDS } from '../../../src/extract/date-cue-words.ts';
import { wordRegex } from '../../../src/extract/date-word-regex.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The list as written: every entry in order, each `*` entry with its own letter class. */
function asListed(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => {
    const stem = escape(word.replace(/\*$/u, '')).replace(/ /gu, '\\s+');
    return word.endsWith('*') ? `${stem}[\\p{L}\\p{M}]*` : stem;
  });
  return new RegExp(
    `(?<![\\p{L}\\p{M}])(?:[وف](?=[\\u0621-\\u064A]))?(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`,
    'giu',
  );
}

const spans = (regex: RegExp, text: string): string[] =>
  [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);

describe('wordRegex', () => {
  it.each([
    'The ministers signed and handed over the signatures; the works were put into service.',
    'Les ministres se sont rendus à Paris et s’est rendue hier; lift-off at dawn.',
    'Hai bên đã ký kết hiệp định và trao thầu cho nhà thầu; ký văn bản.',
    'وفي الاجتماع وقع الوزيران الاتفاق ووصل الوفد',
    'Министры подписали соглашение, ввели в эксплуатацию завод и сообщили об этом.',
    'SIGNED, Signing, signaturesXYZ, handed  over, working lunch, working lunches',
  ])('finds what the list as written finds in "%s"', (text) => {
    for (const words of [EVENT_WORDS, REPORT_WORDS])
      expect(spans(wordRegex(words, []), text)).toEqual(spans(asListed(words), text));
  });

  it('keeps a phrase listed before a one-word entry for its first word', () => {
    expect(spans(wordRegex(['held talks', 'held', 'talk*'], []), 'They held talks.')).toEqual([
      '5:held talks',
    ]);
    expect(spans(wordRegex(['held', 'held talks', 'talk*'], []), 'They held talks.')).toEqual([
      '5:held',
      '10:talks',
    ]);
  });
});
