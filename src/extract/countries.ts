import type { CountryEntry, Organisation } from '../schema/dataset.ts';
import { PARTNER_THRESHOLD, type ScoredSentence, scoreCountries } from './country-roles.ts';
import { type CountryMention, findCountryMentions } from './gazetteer/countries-matcher.ts';
import english from 'i18n-iso-countries/langs/en.json';
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

/** A chrome item that is only a language's name ("HCN Times – Português") labels an edition. */
function isLanguageLabel(line: string, mention: CountryMention): boolean {
  const items = line.split(/\s+[|/•·–—-]\s+|\s*[|•·]\s*/u);
  return items.some((item) => item.trim() === mention.surface && LANGUAGE_NAME.test(item.trim()));
}

/**
 * Acronyms the page defines as something else ("Disaster Recovery Center (DRC)"): every use of
 * them on that page means the defined thing, not a country.
 */
function localAcronyms(texts: string[]): Set<string> {
  const defined = new Set<string>();
  for (const text of texts) {
    // Only a bracket can define one, and the pattern's word scan is costly.
    if (!text.includes('(')) continue;
    for (const match of text.matchAll(
      /((?:\p{Lu}[\p{L}-]*\s+(?:\p{Ll}{1,3}\s+)?){2,6})\((\p{Lu}{2,6})\)/gu,
    )) {
      const [, words = '', acronym = ''] = match;
      const initials = words
        .split(/\s+/u)
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0])
        .join('');
      if (!initials.endsWith(acronym)) continue;
      const expansion = findCountryMentions(words);
      const meant = findCountryMentions(`(${acronym})`).map((mention) => mention.code);
      if (meant.length && !expansion.some((mention) => meant.includes(mention.code)))
        defined.add(acronym);
    }
  }
  return defined;
}

/**
 * Chinese one-character abbreviations follow the full names on the page: 埃 is Egypt (埃及)
 * by default, but Ethiopia on a page that names 埃塞俄比亚 and not Egypt.
 */
const HAN_ABBREVIATION = /^\p{Script=Han}方?$/u;

function resolveAbbreviations(mentions: CountryMention[]): void {
  const named = mentions.filter((mention) => mention.via !== 'abbrev');
  const namedCodes = new Set(named.map((mention) => mention.code));
  for (const mention of mentions) {
    if (!HAN_ABBREVIATION.test(mention.surface) || namedCodes.has(mention.code)) continue;
    const full = named.find(
      (other) => other.surface.length > 1 && other.surface[0] === mention.surface[0],
    );
    if (full) mention.code = full.code;
  }
}

function isLanguageSwitcher(line: string): boolean {
  const items = line.split(/\s*[|/•·]\s*/u).filter(Boolean);
  return items.length > 0 && items.every((item) => LANGUAGE_NAME.test(item.trim()));
}

function tldCountry(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1] : undefined;
  const tld = host?.split('.').pop()?.toLowerCase();
  if (!tld || GENERIC_TLDS.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  // Hosts can be IP addresses, and some two-letter domains (.eu, .su, .ac) are no ISO country.
  return code in english.countries ? code : null;
}

interface Located extends CountryMention {
  /** The sentence or chrome line the mention is in. */
  context: string;
}

function mentionsIn(texts: string[]): Located[] {
  return texts.flatMap((context) =>
    findCountryMentions(context)
      .filter((mention) => !isLanguageLabel(context, mention))
      .map((mention) => ({ ...mention, context })),
  );
}

/**
 * The one country in the site's navigation bar ("Home | Egypt news | Economy | World"): a
 * national section of the site's own country. A bar naming several countries tells nothing.
 */
function navCountry(chromeLines: string[]): string | null {
  const nav = chromeLines.find((line) => line.split('|').length >= 4);
  if (!nav) return null;
  const codes = new Set(findCountryMentions(nav).map((mention) => mention.code));
  return codes.size === 1 ? [...codes][0]! : null;
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
  const acronyms = localAcronyms([page.title, ...bodySentences]);
  const mentionsOf = (text: string): CountryMention[] =>
    findCountryMentions(text).filter(
      (mention) => mention.via !== 'abbrev' || !acronyms.has(mention.surface),
    );
  const sentences: ScoredSentence[] = [
    {
      text: page.title,
      position: 'title',
      mentions: page.title ? mentionsOf(page.title) : [],
    },
    ...bodySentences.map((text, index) => ({
      text,
      position: Math.max(0, index - datelines),
      mentions: mentionsOf(text),
    })),
  ];
  const chrome = mentionsIn(page.chromeLines.filter((line) => !isLanguageSwitcher(line)));
  resolveAbbreviations([...sentences.flatMap((sentence) => sentence.mentions), ...chrome]);
  const masthead = page.chromeLines[0]?.includes('|') === false ? page.chromeLines[0] : '';
  const site = [
    tldCountry(page.meta.url),
    ...chrome.filter((mention) => mention.context === masthead).map((mention) => mention.code),
    navCountry(page.chromeLines),
  ].filter((code): code is string => code !== null);
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
