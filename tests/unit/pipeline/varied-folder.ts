import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../src/pipeline/bench-corpus.ts';
import { sharedDir } from '../support/shared-dir.ts';

/**
 * A folder of about 70 varied files: generated articles (from the seeds and the shared corpus, an
 * exact duplicate among them), a copy in another folder, two paths that slug to one id, a binary
 * file, an empty file and a hidden file. Enough files that a build with threads uses the pool.
 */
export const GENERATED = 64;

export async function variedFolder(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-varied-'));
  await generateCorpus(['seeds', path.join(sharedDir(), 'corpus', 'articles')], root, GENERATED);
  const first = path.join(root, 'batch-000', 'article-000000.txt');
  await mkdir(path.join(root, 'copies', 'deeper'), { recursive: true });
  await copyFile(first, path.join(root, 'copies', 'deeper', 'same-content.txt'));
  await copyFile(first, path.join(root, 'copies', 'slug.txt'));
  await copyFile(
    path.join('seeds', '002_77d503811cbaa37f.txt'),
    path.join(root, 'copies', 'slug.html'),
  );
  await writeFile(
    path.join(root, 'copies', 'image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
  );
  await writeFile(path.join(root, 'empty.txt'), '');
  await writeFile(path.join(root, '.DS_Store'), 'x');
  return root;
}

/** Files the walk sees (hidden ones included, as problems): what "counts in" means. */
export const EXTRA_FILES = 6;
