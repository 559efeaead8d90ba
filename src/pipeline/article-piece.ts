import { createHash } from 'node:crypto';
import type { Article } from '../schema/dataset.ts';
import { ownParts, readOwnParts } from './app-row.ts';
import type { FolderFields, OwnParts } from './app-row.ts';
import type { AppItem } from './write-app-data.ts';
import { articleText } from './write-dataset.ts';
import type { Piece } from './write-dataset.ts';

/** One article ready to write: its document bytes, and what the sidecars and next build keep. */
export interface ArticlePiece extends Piece {
  folder: FolderFields;
  /** The article's own share of the sidecars, as OwnParts lays it out. */
  own: Buffer;
  digest: string;
  item: AppItem;
}

/** Of the document bytes and the own parts together: equal digests, equal bytes in both. */
export function pieceDigest(bytes: Buffer, own: Buffer): string {
  return createHash('sha256').update(bytes).update('\0').update(own).digest('hex').slice(0, 32);
}

/** An article serialised afresh. */
export function freshPiece(article: Article): ArticlePiece {
  const bytes = Buffer.from(articleText(article));
  const parts = ownParts(article);
  const folder = folderFields(article);
  const digest = pieceDigest(bytes, parts.bytes);
  return {
    bytes,
    folder,
    own: parts.bytes,
    digest,
    item: item(parts, folder, () => article, digest),
  };
}

/**
 * An article from the bytes an earlier build wrote for the same record (`digest` checked), with
 * `folder` put in place of the folder-wide fields it was written with (`was`); null when the
 * bytes are not laid out as articleText lays them out (then the article is serialised afresh).
 */
export function splicedPiece(
  { bytes, own, digest }: { bytes: Buffer; own: Buffer; digest: string },
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
  const splicedDigest = same ? digest : pieceDigest(spliced, own);
  const parse = () => JSON.parse(spliced.toString('utf8')) as Article;
  return {
    bytes: spliced,
    folder,
    own,
    digest: splicedDigest,
    item: item(readOwnParts(own), folder, parse, splicedDigest),
  };
}

function item(
  { row, summaryJson, leadJson }: OwnParts,
  folder: FolderFields,
  article: () => Article,
  digest: string,
): AppItem {
  return { row: { ...row, ...folder }, summaryJson, leadJson, article, digest };
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
