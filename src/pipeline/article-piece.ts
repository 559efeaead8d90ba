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
  item: AppItem;
}

/** An article serialised afresh. */
export function freshPiece(article: Article): ArticlePiece {
  const bytes = Buffer.from(articleText(article));
  const parts = ownParts(article);
  const folder = folderFields(article);
  return { bytes, folder, own: parts.bytes, item: item(parts, folder, () => article, null) };
}

/**
 * An article from the bytes an earlier build wrote for the same record at `position` of its
 * document, with `folder` put in place of the folder-wide fields it was written with (`was`);
 * null when the bytes are not laid out as articleText lays them out (then the article is
 * serialised afresh).
 */
export function splicedPiece(
  { bytes, own, position }: { bytes: Buffer; own: Buffer; position: number },
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
    item: item(readOwnParts(own), folder, parse, same ? position : null),
  };
}

function item(
  { row, summaryJson, leadJson, cutJson }: OwnParts,
  folder: FolderFields,
  article: () => Article,
  from: number | null,
): AppItem {
  return { row: { ...row, ...folder }, summaryJson, leadJson, cutJson, article, from };
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
