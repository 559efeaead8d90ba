import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset, serialiseDataset } from '../../../src/pipeline/build-dataset.ts';
import type { Logger } from '../../../src/pipeline/logger.ts';

const ARTICLE = `Kenya and Huawei sign a memorandum on data centres

Nairobi, 3 March 2023 — Kenya's Ministry of Information, Communications and the Digital Economy signed a memorandum of understanding with Huawei on a national data centre.
The ministry said the centre will host e-government services for every county.
`;

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((root) => rm(root, { recursive: true, force: true }))));

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-build-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

describe('buildDataset', () => {
  it('accounts for every file: an article or a problem naming it', async () => {
    const root = await folder({
      'a.txt': ARTICLE,
      'nested/deeper/b.html': `<html><head><title>Deal</title></head><body><p>${ARTICLE}</p></body></html>`,
      'empty.txt': '',
      'blank.txt': '  \n\t\n',
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      '.DS_Store': 'x',
    });
    const logger = recordingLogger();
    const dataset = await buildDataset(root, logger);
    expect(dataset.articles.map((a) => a.file)).toEqual(['a.txt', 'nested/deeper/b.html']);
    expect(dataset.problems).toEqual([
      { file: '.DS_Store', severity: 'warning', message: 'hidden file skipped' },
      { file: 'blank.txt', severity: 'error', message: 'only whitespace' },
      { file: 'empty.txt', severity: 'error', message: 'empty file' },
      { file: 'image.png', severity: 'error', message: 'binary content, not text' },
    ]);
    expect(logger.lines.some((line) => line.includes('image.png'))).toBe(true);
  });

  it('gives the same bytes for the same input', async () => {
    const root = await folder({ 'x/one.txt': ARTICLE, 'two.txt': ARTICLE });
    const first = serialiseDataset(await buildDataset(root, recordingLogger()));
    const second = serialiseDataset(await buildDataset(root, recordingLogger()));
    expect(first).toBe(second);
  });

  it('keeps ids unique when two paths slug alike', async () => {
    const root = await folder({ 'same.txt': ARTICLE, 'same.html': ARTICLE });
    const ids = (await buildDataset(root, recordingLogger())).articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect(await readFile(path.join(root, 'same.txt'), 'utf8')).toBe(ARTICLE);
  });
});
