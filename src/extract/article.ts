import type { ExtractedArticle } from '../schema/dataset.ts';
import { articleId } from './article-id.ts';
import { extractCountries } from './countries.ts';
import { extractDate } from './dates.ts';
import { classifyEvent } from './event-type.ts';
import { extractOrganisations } from './organisations.ts';
import { MAX_PAGE_CHARS, parsePage } from './page-parse.ts';
import { summarise } from './summary.ts';
import { extractTopics } from './topics.ts';

/** Bumped whenever extraction output can change, so caches of earlier results are dropped. */
export const EXTRACTOR_VERSION = 1;

/** Turns one scraped page into an article record, every field with the sentence it came from. */
export function extractArticle(file: string, raw: string): ExtractedArticle {
  const page = parsePage(raw);
  const organisations = extractOrganisations(page);
  const countries = extractCountries(page, organisations);
  const date = extractDate(page);
  const event = classifyEvent(page);
  const topics = extractTopics(page);
  const warnings = [...date.warnings];
  if (!page.title) warnings.push('no title found');
  if (page.bodyLines.length === 0) warnings.push('no article body found: only page chrome');
  if (page.language === 'und') warnings.push('language could not be detected');
  if (!countries.some((country) => country.role === 'partner'))
    warnings.push('no partner country found');
  if (page.meta.rejectedUrl !== undefined) warnings.push(rejectedUrlWarning(page.meta.rejectedUrl));
  if (page.cutFrom !== undefined)
    warnings.push(
      `page text is ${page.cutFrom} characters; only the first ${MAX_PAGE_CHARS} were read`,
    );
  return {
    id: articleId(file),
    file,
    url: page.meta.url,
    title: page.title || file,
    language: page.language,
    date: date.date,
    dateKind: date.kind,
    datePrecision: date.precision,
    dateEvidence: date.evidence,
    publishedDate: date.published,
    countries,
    organisations,
    eventType: event.eventType,
    eventTypeEvidence: event.evidence,
    topics: topics.map((entry) => entry.topic),
    topicEvidence: topics,
    summary: summarise(page.bodyLines),
    text: page.bodyLines.join('\n'),
    warnings,
  };
}

/** Names the dropped URL's scheme, never the URL itself (it may be a long `data:` payload). */
function rejectedUrlWarning(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
  return scheme && scheme !== 'http' && scheme !== 'https'
    ? `source URL dropped: ${scheme}: is not http or https`
    : 'source URL dropped: not an absolute http(s) URL';
}
