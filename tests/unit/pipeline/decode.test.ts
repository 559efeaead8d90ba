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

describe('decodeBytes: binary or text with stray controls', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, ...Buffer.from('article.txt plain text inside')]],
    ['PDF', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj')]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
  ])('refuses %s by its signature', (_name, bytes) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({
      ok: false,
      reason: 'binary content, not text',
    });
  });

  it('refuses random bytes (about 10% control bytes)', () => {
    let seed = 1;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    expect(decodeBytes(bytes).ok).toBe(false);
  });

  it('keeps text with a stray NUL or escape as text', () => {
    const bytes = Buffer.from(`Kenya\u0000 signs a \u001b[31mdeal\u001b[0m on data centres.\n`);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});
