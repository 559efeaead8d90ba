import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/fold-text.ts';

describe('foldText', () => {
  it('ignores case and Latin accents', () => {
    expect(foldText('Côte d’Ivoire ÉTÉ')).toBe('cote d’ivoire ete');
  });
  it('ignores case and Cyrillic diacritics (ё, й)', () => {
    expect(foldText('ВСТРЕТИЛСЯ Ёлка Йошкар')).toBe('встретился елка иошкар');
  });
  it('folds the query and the text alike, so they meet', () => {
    expect(foldText('Азербайджанской')).toContain(foldText('азербайджан'));
  });
  it('lower-cases plain ASCII as the full fold does', () => {
    const ascii = 'Huawei SIGNS MoU, 5G & Cloud: 100% (2019)\t\n';
    expect(foldText(ascii)).toBe(ascii.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(foldText(`${ascii}é`)).toBe(`${ascii.toLowerCase()}e`);
  });
});
