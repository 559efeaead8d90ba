import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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
 *
 * Synchronous: a rebuild of 100,000 files starts with 100,000 stat calls, and through promises
 * each costs the main thread ~17 µs (a promise, a callback, a Stats object with four Dates)
 * against ~5 µs here; nothing else is waiting to run meanwhile.
 */
export function walkFiles(root: string): { files: WalkEntry[]; notes: WalkNote[] } {
  const files: WalkEntry[] = [];
  const notes: WalkNote[] = [];
  const visited = new Set<string>();

  function visit(directory: string, relative: string): void {
    const real = realpathSync(directory);
    if (visited.has(real)) {
      notes.push({ file: relative || '.', message: 'symbolic link loop skipped' });
      return;
    }
    visited.add(real);
    for (const name of readdirSync(directory).sort(compareNames)) {
      const rel = relative ? `${relative}/${name}` : name;
      const absolute = path.join(directory, name);
      if (name.startsWith('.')) {
        notes.push({ file: rel, message: 'hidden file skipped' });
        continue;
      }
      const target = statFollowingLinks(absolute);
      if (!target) notes.push({ file: rel, message: 'broken symbolic link skipped' });
      else if (target.isDirectory()) visit(absolute, rel);
      else if (target.isFile()) {
        const { size, mtimeMs, ctimeMs, ino } = target;
        files.push({ file: rel, absolute, signature: { size, mtimeMs, ctimeMs, ino } });
      } else notes.push({ file: rel, message: 'not a regular file, skipped' });
    }
  }

  visit(root, '');
  files.sort((a, b) => compareNames(a.file, b.file));
  return { files, notes };
}

/**
 * Whether `root` holds at least `count` files not hidden, stopping as soon as it does: a cheap
 * first look (no stat calls, links counted as files, not followed) for decisions made before the
 * walk proper, which alone decides what is built.
 */
export function hasAtLeastFiles(root: string, count: number): boolean {
  let found = 0;
  const visit = (directory: string): boolean => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (visit(path.join(directory, entry.name))) return true;
      } else if (++found >= count) return true;
    }
    return false;
  };
  try {
    return visit(root);
  } catch {
    return false; // the walk proper reports what is unreadable
  }
}

/** What a path is, through a symbolic link; null for a broken link. */
function statFollowingLinks(absolute: string): Stats | null {
  const info = lstatSync(absolute);
  if (!info.isSymbolicLink()) return info;
  try {
    return statSync(absolute);
  } catch {
    return null; // dangling, or a loop of links
  }
}

/** Code-point order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
