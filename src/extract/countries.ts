import type { CountryEntry, Organisation } from '../schema/dataset.ts';
import { PARTNER_THRESHOLD, type ScoredSentence, scoreCountries } from './country-roles.ts';
import { type CountryMention, findCountryMentions } from './gazetteer/countries-matcher.ts';
import type { Page } from './page.ts';
import { splitSentences } from './sentences.ts';

/** Language names and codes that make up switchers ("Eng / Ўзб / Рус", "PT | 中文 | EN", "Español | Français"). */
const LANGUAGE_NAME =
  /^(?:\p{L}{1,4}|english|français|francais|español|espanol|português|portugues|deutsch|italiano|русский|українська|қазақша|қазақ тілі|кыргызча|o['‘’]?zbek(?:cha)?|ўзбекча|tiếng việt|türkçe|bahasa indonesia|العربية|中文|日本語|한국어|монгол)$/iu;

/** Country-code TLDs used as generic domains, which say nothing about the site's country. */
const GENERIC_TLDS = new Set([
  'io',
  'co',
  'tv',
  'me',
  'ai',
  'fm',
  'ly',
  'cc',
  'gg',
  'nu',
  'tk',
  'ws',
  'to',
  'am',
  'la',
  'so',
  'is',
  'it',
  'ms',
  'eu',
]);

function isLanguageSwitcher(line: string): boolean {
  const items = line.split(/\s*[|/•·]\s*/u).filter(Boolean);
  return items.length > 0 && items.every((item) => LANGUAGE_NAME.test(item.trim()));
}

function tldCountry(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1] : undefined;
  const tld = host?.split('.').pop()?.toLowerCase();
  if (!tld || tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

interface Located extends CountryMention {
  /** The sentence or chrome line the mention is in. */
  context: string;
}

function mentionsIn(texts: string[]): Located[] {
  return texts.flatMap((context) =>
    findCountryMentions(context).map((mention) => ({ ...mention, context })),
  );
}

/**
 * Every country the page names or clearly implies, with its role and evidence sentence:
 * partners first, then the rest in order of first appearance (headline, body, chrome).
 * Chrome lines add incidental countries but never make a partner.
 */
export function extractCountries(
  page: Page,
  organisations: Pick<Organisation, 'name' | 'kind' | 'country' | 'evidence'>[],
): CountryEntry[] {
  const bodySentences = splitSentences(page.bodyLines.join('\n'));
  // A dateline split off as its own sentence ("АСТАНА.", "KATHMANDU, June 17") belongs to the lead.
  const firstProse = bodySentences.findIndex((sentence) => sentence.split(/\s+/u).length >= 6);
  const datelines = Math.max(0, firstProse);
  const sentences: ScoredSentence[] = [
    {
      text: page.title,
      position: 'title',
      mentions: page.title ? findCountryMentions(page.title) : [],
    },
    ...bodySentences.map((text, index) => ({
      text,
      position: Math.max(0, index - datelines),
      mentions: findCountryMentions(text),
    })),
  ];
  const chrome = mentionsIn(page.chromeLines.filter((line) => !isLanguageSwitcher(line)));
  const masthead =
    page.chromeLines[0] && !page.chromeLines[0].includes('|')
      ? findCountryMentions(page.chromeLines[0])
      : [];
  const site = [tldCountry(page.meta.url), ...masthead.map((mention) => mention.code)].filter(
    (code): code is string => code !== null,
  );
  const stateBodies = new Set(
    organisations.flatMap((organisation) =>
      organisation.kind === 'government' && organisation.country ? [organisation.country] : [],
    ),
  );
  const scores = scoreCountries(sentences, [...new Set(site)], stateBodies);

  const all: Located[] = [
    ...sentences.flatMap((sentence) =>
      sentence.mentions.map((mention) => ({ ...mention, context: sentence.text })),
    ),
    ...chrome,
  ];
  const order = [...new Set([...all.map((mention) => mention.code), ...scores.keys()])];
  const entries = order.map((code): CountryEntry => {
    const own = all.filter((mention) => mention.code === code);
    const scored = scores.get(code);
    const partner = scored !== undefined && scored.score >= PARTNER_THRESHOLD;
    return {
      code,
      role: partner ? 'partner' : 'mentioned',
      evidence: partner ? scored.evidence : (own[0]?.context ?? scored?.evidence ?? ''),
      surface: [...new Set(own.map((mention) => mention.surface))],
    };
  });
  return [
    ...entries.filter((entry) => entry.role === 'partner'),
    ...entries.filter((entry) => entry.role === 'mentioned'),
  ];
}
