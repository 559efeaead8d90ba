import { createHash } from 'node:crypto';
import type { Article } from '../schema/dataset.ts';
import { ownRow } from './app-row.ts';
import type { FolderFields, OwnRow } from './app-row.ts';
import type { AppItem } from './write-app-data.ts';
import { articleText } from './write-dataset.ts';
import type { Piece } from './write-dataset.ts';

/** One article ready to write: its document bytes, and what the sidecars and next build keep. */
export interface ArticlePiece extends Piece {
  folder: FolderFields;
  /** The article's own row (OwnRow) as one line of JSON. */
  rowLine: string;
  digest: string;
  item: AppItem;
}

/** Of the document bytes and the row together: equal digests, equal bytes in both. */
export function pieceDigest(bytes: Buffer, rowLine: string | Buffer): string {
  return createHash('sha256').update(bytes).update('\0').update(rowLine).digest('hex').slice(0, 32);
}

/** An article serialised afresh. */
export function freshPiece(article: Article): ArticlePiece {
  const bytes = Buffer.from(articleText(article));
  const own = ownRow(article);
  const rowLine = JSON.stringify(own);
  const folder = folderFields(article);
  const digest = pieceDigest(bytes, rowLine);
  return {
    bytes,
    folder,
    rowLine,
    digest,
    item: { row: { ...own, ...folder }, article: () => article, digest },
  };
}

/**
 * An article from the bytes an earlier build wrote for the same record (`digest` checked), with
 * `folder` put in place of the folder-wide fields it was written with (`was`); null when the
 * bytes are not laid out as articleText lays them out (then the article is serialised afresh).
 */
export function splicedPiece(
  { bytes, rowLine, digest }: { bytes: Buffer; rowLine: string; digest: string },
  was: FolderFields,
  folder: FolderFields,
): ArticlePiece | null {
  const head = textHead(was.id);
  const tail = textTail(was);
  const middleEnd = bytes.length - tail.length;
  if (
    middleEnd < head.length ||
    !bytes.subarray(0, head.length).equals(head) ||
    !bytes.subarray(middleEnd).equals(tail)
  )
    return null;
  const same =
    was.id === folder.id &&
    was.duplicateOf === folder.duplicateOf &&
    was.eventGroup === folder.eventGroup;
  // articleText puts the id first and the grouping fields last (finishArticle's key order), so
  // changing them is changing the ends.
  const spliced = same
    ? bytes
    : Buffer.concat([
        textHead(folder.id),
        bytes.subarray(head.length, middleEnd),
        textTail(folder),
      ]);
  const own = JSON.parse(rowLine) as OwnRow;
  const splicedDigest = same ? digest : pieceDigest(spliced, rowLine);
  return {
    bytes: spliced,
    folder,
    rowLine,
    digest: splicedDigest,
    item: {
      row: { ...own, ...folder },
      article: () => JSON.parse(spliced.toString('utf8')) as Article,
      digest: splicedDigest,
    },
  };
}

export function folderFields({ id, duplicateOf, eventGroup }: FolderFields): FolderFields {
  return { id, duplicateOf, eventGroup };
}

function textHead(id: string): Buffer {
  return Buffer.from(`  {\n   "id": ${JSON.stringify(id)},\n`);
}

function textTail({ duplicateOf, eventGroup }: FolderFields): Buffer {
  return Buffer.from(
    `,\n   "duplicateOf": ${JSON.stringify(duplicateOf)},\n   "eventGroup": ${JSON.stringify(eventGroup)}\n  }`,
  );
}
