import { z } from 'zod';

/** The fixed vocabularies of the data contract (../shared/data-contract.md). */
export const EVENT_TYPES = [
  'mou',
  'agreement',
  'contract',
  'visit',
  'meeting',
  'launch',
  'other',
] as const;
export const TOPICS = [
  '5g',
  '4g',
  'broadband',
  'fiber-optic',
  'submarine-cable',
  'satellite',
  'data-center',
  'cloud',
  'ai',
  'cybersecurity',
  'e-government',
  'smart-city',
  'safe-city',
  'digital-skills',
  'research-innovation',
  'telecom-network',
  'devices',
  'iot',
  'digital-economy',
] as const;
export const ORGANISATION_KINDS = ['company', 'government', 'international', 'other'] as const;
export const COUNTRY_ROLES = ['partner', 'mentioned'] as const;
export const DATE_KINDS = ['event', 'published'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export const EventTypeSchema = z.enum(EVENT_TYPES);
export const TopicSchema = z.enum(TOPICS);

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const httpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/i, 'only http(s) URLs')
  .describe('Source URL; only http: and https: are kept');

export const CountryEntrySchema = z.object({
  code: countryCode,
  role: z.enum(COUNTRY_ROLES),
  evidence: z.string().describe('The sentence that supports the country and its role'),
  surface: z
    .array(z.string())
    .describe(
      'The forms the text used for this country (names, demonyms, cities), for highlighting',
    ),
});

export const OrganisationSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(ORGANISATION_KINDS),
  country: countryCode.nullable().describe('Home country where known (Huawei → CN)'),
  evidence: z.string(),
});

export const TopicEntrySchema = z.object({
  topic: TopicSchema,
  evidence: z.string(),
});

/** What extraction gives for one page; the pipeline adds what needs the file or the whole folder. */
export const ExtractedArticleSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'URL-safe id')
    .describe('Stable id, unique in the document, derived from the file path'),
  file: z.string().describe('Path relative to the input folder, /-separated'),
  url: httpUrl.nullable(),
  title: z.string(),
  language: z
    .string()
    .regex(/^(?:[a-z]{2}|und)$/, 'ISO 639-1 code, or und when the text has no letters'),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY')
    .nullable(),
  dateKind: z.enum(DATE_KINDS).nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  dateEvidence: z.string().nullable().describe('The sentence the date came from'),
  publishedDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe('The date the page states for itself, when it states one'),
  countries: z.array(CountryEntrySchema),
  organisations: z.array(OrganisationSchema),
  eventType: EventTypeSchema,
  eventTypeEvidence: z.string().nullable(),
  topics: z.array(TopicSchema),
  topicEvidence: z.array(TopicEntrySchema),
  summary: z.string(),
  text: z.string().describe('The cleaned article body, chrome removed'),
  warnings: z.array(z.string()),
});

export const ArticleSchema = ExtractedArticleSchema.extend({
  encoding: z.string().describe('The character encoding the file was decoded from'),
  duplicateOf: z
    .string()
    .nullable()
    .describe('Id of the earlier article (in path order) whose file has identical content'),
  eventGroup: z
    .string()
    .describe(
      'Id of the first article reporting the same event (same partners and type, close dates, similar titles); its own id when alone',
    ),
});

export const ProblemSchema = z.object({
  file: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(ArticleSchema),
  problems: z.array(ProblemSchema),
});

export type EventType = z.infer<typeof EventTypeSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type CountryEntry = z.infer<typeof CountryEntrySchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type TopicEntry = z.infer<typeof TopicEntrySchema>;
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
