import type { Article } from '../schema/dataset.ts';
import type { StoredRecord } from './cache-store.ts';
import { ownParts, readOwnParts } from './app-row.ts';
import type { FolderFields, OwnParts } from './app-row.ts';
import type { AppItem } from './write-app-data.ts';
import { articleText } from './article-text.ts';
import type { Piece } from './write-dataset.ts';

/** One article ready to write: its document bytes, and what the sidecars and next build keep. */
export interface ArticlePiece extends Piece {
  folder: FolderFields;
  /** The article's own share of the sidecars, as OwnParts lays it out. */
  own: Buffer;
  item: AppItem;
}

/** An article serialised afresh. */
export function freshPiece(article: Article): ArticlePiece {
  const bytes = Buffer.from(articleText(article));
  const parts = ownParts(article);
  const folder = folderFields(article);
  return {
    bytes,
    folder,
    own: parts.bytes,
    item: item(parts, folder, bytes, () => article, null),
  };
}

/** What the cache keeps of an article (see StoredRecord): its document bytes and own parts. */
export function recordBytes(article: Article): StoredRecord {
  return {
    bytes: Buffer.from(articleText(article)),
    own: ownParts(article).bytes,
    was: folderFields(article),
  };
}

/** An article from its stored record, with `folder` as its folder-wide fields. */
export function storedPiece(record: StoredRecord, folder: FolderFields): ArticlePiece {
  return (
    splicedPiece({ ...record, position: null }, record.was, folder) ??
    // Not laid out as articleText lays it out (it made the record, so this is a safety net): the
    // parsed record keeps its key order, and the folder-wide fields are set in their places.
    freshPiece({ ...(JSON.parse(record.bytes.toString('utf8')) as Article), ...folder })
  );
}

/**
 * An article from the bytes an earlier build wrote for the same record at `position` of its
 * document (null: bytes from the cache, no document), with `folder` put in place of the
 * folder-wide fields it was written with (`was`); null when the bytes are not laid out as
 * articleText lays them out (then the article is serialised afresh).
 */
export function splicedPiece(
  { bytes, own, position }: { bytes: Buffer; own: Buffer; position: number | null },
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
  const parse = () => JSON.parse(spliced.toString('utf8')) as Article;
  return {
    bytes: spliced,
    folder,
    own,
    item: item(readOwnParts(own), folder, spliced, parse, same ? position : null),
  };
}

function item(
  { row, summaryJson, leadJson, cutJson }: OwnParts,
  folder: FolderFields,
  json: Buffer,
  article: () => Article,
  from: number | null,
): AppItem {
  return { row, folder, summaryJson, leadJson, cutJson, json, article, from };
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
