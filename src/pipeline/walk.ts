import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export interface WalkEntry {
  /** Path relative to the root, `/`-separated. */
  file: string;
  absolute: string;
  /** What the walk's stat call saw: lets a rebuild skip files that have not changed. */
  signature: FileSignature;
}

/** Size, times and inode: when all four are unchanged, the content is taken as unchanged. */
export interface FileSignature {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface WalkNote {
  file: string;
  message: string;
}

/**
 * Every regular file under `root`, recursively, sorted by relative path so the order never
 * depends on the file system. Symbolic links are followed once, never into a loop; hidden
 * files and folders are skipped with a note.
 */
export async function walkFiles(root: string): Promise<{ files: WalkEntry[]; notes: WalkNote[] }> {
  const files: WalkEntry[] = [];
  const notes: WalkNote[] = [];
  const visited = new Set<string>();

  async function visit(directory: string, relative: string): Promise<void> {
    const real = await realpath(directory);
    if (visited.has(real)) {
      notes.push({ file: relative || '.', message: 'symbolic link loop skipped' });
      return;
    }
    visited.add(real);
    const names = (await readdir(directory)).sort(compareNames);
    // Stat calls a few ahead of the one in hand: a folder of 100,000 files otherwise waits for
    // each in turn.
    const infos: (Promise<Stats | null> | undefined)[] = [];
    let issued = 0;
    for (const [i, name] of names.entries()) {
      for (; issued < Math.min(i + STATS_AHEAD, names.length); issued++) {
        const ahead = names[issued]!;
        const info = ahead.startsWith('.')
          ? Promise.resolve(null)
          : statFollowingLinks(path.join(directory, ahead));
        // Awaited in turn below; this only keeps an early failure from counting as unhandled.
        info.catch(() => undefined);
        infos[issued] = info;
      }
      const rel = relative ? `${relative}/${name}` : name;
      const absolute = path.join(directory, name);
      if (name.startsWith('.')) {
        notes.push({ file: rel, message: 'hidden file skipped' });
        continue;
      }
      const target = await infos[i]!;
      infos[i] = undefined;
      if (!target) notes.push({ file: rel, message: 'broken symbolic link skipped' });
      else if (target.isDirectory()) await visit(absolute, rel);
      else if (target.isFile()) {
        const { size, mtimeMs, ctimeMs, ino } = target;
        files.push({ file: rel, absolute, signature: { size, mtimeMs, ctimeMs, ino } });
      } else notes.push({ file: rel, message: 'not a regular file, skipped' });
    }
  }

  await visit(root, '');
  files.sort((a, b) => compareNames(a.file, b.file));
  return { files, notes };
}

const STATS_AHEAD = 64;

/** What a path is, through a symbolic link; null for a broken link. */
async function statFollowingLinks(absolute: string): Promise<Stats | null> {
  const info = await lstat(absolute);
  return info.isSymbolicLink() ? stat(absolute).catch(() => null) : info;
}

/** Code-point order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
