import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The team's shared folder (labelled corpus, seeds): `$ICT_ATLAS_SHARED`, else `../shared`
 * beside this checkout, else beside the repository this one was cloned from.
 */
export function sharedDir(): string {
  const candidates = [process.env.ICT_ATLAS_SHARED, path.resolve('..', 'shared')];
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
    }).trim();
    if (origin && !/^[a-z]+:\/\//iu.test(origin))
      candidates.push(path.resolve(origin, '..', 'shared'));
  } catch {
    // Not a clone: the other candidates stand.
  }
  const found = candidates.find(
    (dir) => dir && existsSync(path.join(dir, 'corpus', 'labels.json')),
  );
  if (!found)
    throw new Error(
      `shared folder with corpus/labels.json not found; set ICT_ATLAS_SHARED (tried ${candidates.join(', ')})`,
    );
  return found;
}
