/**
 * The shape every extractor works on: one scraped page split into its parts.
 * Built by `parsePage` (page-parse.ts) from raw text; extractors never see the raw file.
 */
export interface PageMeta {
  /** Source URL stated by the page (header `final_url:`/`seed_url:`, canonical link), http(s) only. */
  url: string | null;
  /** Title stated by a header block, `<title>` or a date line, before site suffixes are dropped. */
  title: string | null;
  /** Date string the page states for itself (header `date:`, date line, meta tag), raw. */
  date: string | null;
  /** A source URL the page stated that is not http(s) (`javascript:`, `data:`…): never kept. */
  rejectedUrl?: string;
}

export interface Page {
  meta: PageMeta;
  /** The headline, site suffixes dropped. */
  title: string;
  /** Every non-empty, trimmed line of the page after any header block, in order. */
  lines: string[];
  /** The real paragraphs of the article (chrome removed), in order. The headline is not included. */
  bodyLines: string[];
  /** Lines judged to be site chrome: menus, switchers, footers, captions, teasers, image names. */
  chromeLines: string[];
  /** ISO 639-1 code of the body language. */
  language: string;
  /** The text's length in characters when it was longer than MAX_PAGE_CHARS and cut there. */
  cutFrom?: number;
}
