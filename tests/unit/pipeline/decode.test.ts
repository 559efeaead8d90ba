import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/pipeline/decode.ts';

const RUSSIAN =
  'Министерство цифрового развития подписало меморандум о сотрудничестве с оператором связи.';

describe('decodeBytes', () => {
  it.each([
    ['utf-8', Buffer.from(RUSSIAN, 'utf8'), 'utf-8'],
    [
      'utf-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN)]),
      'utf-8',
    ],
    [
      'utf-16le with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RUSSIAN, 'utf-16le')]),
      'utf-16le',
    ],
    [
      'utf-16be with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RUSSIAN, 'utf-16be')]),
      'utf-16be',
    ],
    ['windows-1251', iconv.encode(RUSSIAN, 'windows-1251'), 'windows-1251'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    expect(decoded.ok && decoded.text.replace(/^\uFEFF/u, '')).toBe(RUSSIAN);
  });

  it('refuses binary content', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: 'binary content, not text' });
  });
});
