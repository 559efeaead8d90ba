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

function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) suspicious++;
  }
  return suspicious > length * 0.1;
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
