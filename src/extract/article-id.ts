/** FNV-1a 32-bit: a short, stable hash that needs no crypto module in the pure layer. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A URL-safe id derived from the file path: the path without its extension, slugged; when
 * slugging loses information (other characters, case), a hash of the full path keeps it unique.
 */
export function articleId(file: string): string {
  const withoutExtension = file.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  const slug = withoutExtension
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/^[-_]+|-+$/gu, '')
    .slice(0, 80)
    .toLowerCase();
  const lossless = slug === withoutExtension && slug.length > 0;
  return lossless ? slug : `${slug || 'article'}-${fnv1a(file)}`;
}
