import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SAMPLE = 64 * 1024;

/**
 * Decodes a file's bytes to text: BOMs first, then UTF-8 when the bytes are valid UTF-8, then a
 * detector for legacy encodings (Windows-1251, KOI8-R, Latin-1…). Binary content is refused.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };
  const bom = byBom(bytes);
  if (bom) return { ok: true, text: iconv.decode(Buffer.from(bytes), bom), encoding: bom };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ok: true, text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content, not text' };
  if (isValidUtf8(bytes))
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const sample = Buffer.from(bytes.subarray(0, SAMPLE));
  const detected = jschardet.detect(sample, { minimumThreshold: 0 });
  const encoding = normaliseEncoding(detected.encoding);
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function byBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Signatures of common binary formats: PNG, JPEG, GIF, PDF, ZIP (docx, xlsx, epub…), gzip, 7z,
 * RAR, ELF, WebAssembly, Ogg, OLE (doc, xls) */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07],
  [0x7f, 0x45, 0x4c, 0x46],
  [0x00, 0x61, 0x73, 0x6d],
  [0x4f, 0x67, 0x67, 0x53],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

/**
 * A known binary signature, or more than 5% control bytes (NUL included) in the sample. A text
 * file with a stray NUL or escape stays text: cleaning strips those characters later.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) return true;
  const length = Math.min(bytes.length, SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) suspicious++;
  }
  return suspicious > length * 0.05;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function normaliseEncoding(name: string | null | undefined): string {
  const lower = (name ?? '').toLowerCase();
  if (!lower || lower === 'ascii') return 'windows-1252';
  if (lower === 'iso-8859-1') return 'windows-1252';
  return iconv.encodingExists(lower) ? lower : 'windows-1252';
}
