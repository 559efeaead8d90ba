import { describe, expect, it } from 'vitest';
import {
  highlightMentions,
  type Mention,
} from '../../../../src/features/article/highlight-mentions.ts';

const country = (term: string): Mention => ({ term, kind: 'country', label: term });
const marked = (text: string, mentions: Mention[]) =>
  highlightMentions(text, mentions)
    .filter((s) => s.mention)
    .map((s) => s.text);

describe('highlightMentions', () => {
  it('marks every occurrence, ignoring case, and keeps all the text', () => {
    const text = 'Vietnam and CUBA met; Cuba agreed.';
    const segments = highlightMentions(text, [country('Cuba'), country('Vietnam')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual([
      'Vietnam',
      'CUBA',
      'Cuba',
    ]);
  });

  it('respects word edges, in Cyrillic too', () => {
    expect(marked('The Cuban minister', [country('Cuba')])).toEqual([]);
    expect(marked('в Азербайджане и Азербайджанской', [country('Азербайджане')])).toEqual([
      'Азербайджане',
    ]);
  });

  it('prefers the longest term at a position', () => {
    expect(
      marked('Huawei Technologies said', [country('Huawei'), country('Huawei Technologies')]),
    ).toEqual(['Huawei Technologies']);
  });

  it('treats terms as text, not as patterns', () => {
    expect(marked('a b c', [country('(b)')])).toEqual([]);
    expect(marked('a (b) c', [country('(b)')])).toEqual(['(b)']);
    expect(marked('x a.b y', [country('a.b')])).toEqual(['a.b']);
    expect(marked('x aXb y', [country('a.b')])).toEqual([]);
  });

  it('returns the text whole when nothing is to be marked', () => {
    expect(highlightMentions('plain', [])).toEqual([{ text: 'plain', mention: null }]);
  });
});
