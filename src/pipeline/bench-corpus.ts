import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `count` articles into `target`, made from the source folders' articles with variations
 * (years shifted, paragraphs reordered, a generated paragraph added); every 97th file is an
 * exact copy of the one before, as re-scraped pages are, so duplicate detection has work to do.
 * `maxLines` cuts each source article short (cheap extraction, to measure the pipeline itself).
 */
export async function generateCorpus(
  sources: string[],
  target: string,
  count: number,
  maxLines = Infinity,
): Promise<void> {
  const texts: string[] = [];
  for (const source of sources) {
    for (const name of (await readdir(source)).sort()) {
      if (!name.endsWith('.txt')) continue;
      const text = await readFile(path.join(source, name), 'utf8');
      texts.push(text.split('\n').slice(0, maxLines).join('\n'));
    }
  }
  if (texts.length === 0) throw new Error(`no .txt articles in ${sources.join(', ')}`);
  const perFolder = 1000;
  let previous = '';
  for (let i = 0; i < count; i++) {
    const folder = path.join(target, `batch-${String(Math.floor(i / perFolder)).padStart(3, '0')}`);
    if (i % perFolder === 0) await mkdir(folder, { recursive: true });
    const text = i % 97 === 96 ? previous : vary(texts[i % texts.length]!, i);
    await writeFile(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    previous = text;
  }
}

function vary(text: string, seed: number): string {
  const shift = (seed % 7) - 3;
  const shifted = text.replace(/\b(19[89]\d|20[0-4]\d)\b/gu, (year) =>
    String(Number(year) + shift),
  );
  const lines = shifted.split('\n');
  // Swap two later paragraphs: the headline and header block stay where they are.
  const a = 12 + (seed % 5);
  const b = a + 2;
  if (lines.length > b) [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  lines.push(
    '',
    `Reference ${seed}: the parties agreed to review progress on the project in ${2020 + (seed % 6)}.`,
  );
  return lines.join('\n');
}
