import { describe, expect, it } from 'vitest';
import { firstCharGuard } from '../../../src/extract/regex-first-chars.ts';

const GUARDS: [string, string][] = [
  ['broadband|ftth', '(?=[b]|[f])'],
  ['(?:e-)?government|gouvernement', '(?=[e]|[g])'],
  ['minist[eè]re|\\d+\\s?gbps', '(?=[m]|\\d)'],
  ['цифров\\p{L}* экономик|kinh tế số', '(?=[ц]|[k])'],
  ['x{0,2}ray|\\.net', '(?=[x]|[r]|[\\.])'],
  // Not worked out: nothing is skipped.
  ['\\p{L}+coin', ''],
  ['a?', ''],
  ['(?=x)y', ''],
  ['.com', ''],
  ['[^a]b', ''],
];

describe('firstCharGuard', () => {
  it.each(GUARDS)('%s → %s', (pattern, guard) => {
    expect(firstCharGuard(pattern)).toBe(guard);
  });

  const SENTENCES = [
    'The Government signed a broadband deal.',
    'Правительство обсудило цифровую экономику.',
    'Le gouvernement ivoirien et le ministère',
    'e-government services and 10 Gbps links',
    'Chính phủ bàn về kinh tế số.',
    'nogovernment, subbroadband',
    '',
  ];
  const PATTERNS = [
    'broadband|ftth',
    '(?:e-)?government|gouvernement|minist[eè]re',
    '\\d+\\s?gbps|цифров\\p{L}* экономик|kinh tế số',
  ];
  it.each(PATTERNS)('%s finds what the unguarded pattern finds', (pattern) => {
    const plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'iu');
    const guarded = new RegExp(`${firstCharGuard(pattern)}${plain.source}`, 'iu');
    for (const sentence of SENTENCES) expect(guarded.test(sentence)).toBe(plain.test(sentence));
  });
});
