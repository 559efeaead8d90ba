import { SEARCH_LEAD_CHARS, type ListedArticle } from '../schema/app-index.ts';
import type { Article } from '../schema/dataset.ts';
import { foldText } from '../lib/fold-text.ts';

/** The fields the folder-wide step gives an article; everything else is its file's own. */
export type FolderFields = Pick<Article, 'id' | 'duplicateOf' | 'eventGroup'>;

/**
 * What the app's index needs of one article that depends on its file alone: the listed article
 * without the folder-wide fields, and its text's length.
 */
export type OwnRow = Omit<ListedArticle, keyof FolderFields> & {
  /** Characters of text: counted against the budget for full-text search. */
  textLength: number;
};

/**
 * An article's own share of the sidecars, a few hundred bytes instead of the whole record, so a
 * rebuild keeps it from the last run instead of parsing every article again: the index row, and
 * the summary and the search lead (the folded title, summary and start of the text) already
 * JSON-encoded, as the search file holds them.
 */
export interface OwnParts {
  row: OwnRow;
  summaryJson: Buffer;
  leadJson: Buffer;
  /**
   * The search entry as cut from the whole folded text (what the articles before the budget is
   * reached keep), JSON-encoded; empty when it is the lead, as it nearly always is.
   */
  cutJson: Buffer;
  /** All four as one line, tab-separated. */
  bytes: Buffer;
}

export function ownParts(a: Article): OwnParts {
  const row: OwnRow = {
    file: a.file,
    url: a.url,
    title: a.title,
    language: a.language,
    date: a.date,
    dateKind: a.dateKind,
    eventType: a.eventType,
    topics: a.topics,
    countries: a.countries.map(({ code, role }) => ({ code, role })),
    organisations: a.organisations.map(({ name, kind, country }) => ({ name, kind, country })),
    warnings: a.warnings,
    textLength: a.text.length,
  };
  const head = searchHead(a);
  const lead = `${head}\n${foldText(a.text.slice(0, SEARCH_LEAD_CHARS))}`;
  // Folding can change a text's length (one character can fold to two), so cutting the folded
  // text is not always folding the cut text.
  const cut = `${head}\n${foldText(a.text)}`.slice(0, head.length + 1 + SEARCH_LEAD_CHARS);
  const cutJson = cut === lead ? '' : JSON.stringify(cut);
  return readOwnParts(
    Buffer.from(
      `${JSON.stringify(row)}\t${JSON.stringify(a.summary)}\t${JSON.stringify(lead)}\t${cutJson}`,
    ),
  );
}

/** The parts of a line ownParts made (JSON never holds a raw tab, so the tabs are the cuts). */
export function readOwnParts(bytes: Buffer): OwnParts {
  const first = bytes.indexOf(TAB);
  const second = bytes.indexOf(TAB, first + 1);
  const third = bytes.indexOf(TAB, second + 1);
  if (first === -1 || second === -1 || third === -1) throw new Error('not a line of ownParts');
  return {
    row: JSON.parse(bytes.toString('utf8', 0, first)) as OwnRow,
    summaryJson: bytes.subarray(first + 1, second),
    leadJson: bytes.subarray(second + 1, third),
    cutJson: bytes.subarray(third + 1),
    bytes,
  };
}

/** The folded title and summary, which search always covers. */
export function searchHead(a: Pick<Article, 'title' | 'summary'>): string {
  return foldText(`${a.title}\n${a.summary}`);
}

const TAB = 0x09;
