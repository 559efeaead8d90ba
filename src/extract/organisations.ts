import type { Organisation } from '../schema/dataset.ts';
import { CUED_TYPES, EVENT_CUES } from './event-cues.ts';
import { hasSigning, recallsFormer } from './event-context.ts';
import { pageSentences, type PageSentence } from './event-sentences.ts';
import { findCountryMentions } from './gazetteer/countries-matcher.ts';
import { findCompaniesByLegalForm } from './gazetteer/organisations-legal-forms.ts';
import { findKnownOrganisations } from './gazetteer/organisations-matcher.ts';
import { findGovernmentBodies } from './government-bodies.ts';
import { type AcronymDefinition, findAcronymDefinitions } from './organisation-acronyms.ts';
import type { Page } from './page.ts';

interface Mention {
  key: string;
  name: string;
  /** The form is the nominative / uninflected one, preferred as the listed name. */
  exact: boolean;
  kind: Organisation['kind'];
  country: string | null;
  sentence: PageSentence;
  /** The organisation is in the sentence as a source of figures, or as a former party. */
  aside: boolean;
  /** The name is one the text defines with an acronym: its formal name for the party. */
  defined?: boolean;
}

// Bodies named like news agencies are cited sources, not parties.
const NEWS_NAME =
  /(?<![\p{L}])(?:news|press|presse|prensa|imprensa|notícias|noticias|de información|d['’]information|информационн\p{L}* агентств|інформаційн\p{L}* агентств)(?![\p{L}])|ақпарат/iu;
// "The World Bank has estimated…", "according to a report by…": a source of figures.
const CITATION_AFTER =
  /^\W{0,3}(?:has |have |had )?(?:estimated|estimates|forecasts?|predicts|projects|reported|ranks)\b/iu;
const EVENT_AFTER =
  /^\s*(?:\p{Lu}\p{L}*\s+){0,2}(?:Conference|Summit|Forum|Assembly|Congress|Expo|Plenipotentiary|Annual Meetings|Week|Telecom World|конференци|саммит|форум|ассамбле|Conférence|Sommet|Cumbre|Conferencia|Konferenz|Konferensi|Hội nghị|Zirve|Konferans)/u;
const EVENT_BEFORE =
  /(?:Meeting|Conference|Summit|Forum|Assembly|Congress|Session|Konferenz|Tagung|Sitzung|Gipfel|Versammlung|conférence|sommet|réunion|cumbre|conferencia|reunión|asamblea|cimeira|reunião|конференци\p{L}*|саммит\p{L}*|заседани\p{L}*|ассамбле\p{L}*)\s+(?:der|des|of(?: the)?|de(?: la| l['’])?|del|da|do|de la)\s*(?:\p{Lu}{2,8}\s*\(\s*)?$/iu;
const ACRONYM = /^[\p{Lu}\p{N}&-]{2,6}$/u;
// The first sentences say who took part; later names need a reason to count.
const LEAD_SENTENCES = 5;
// A trailing "and", "of", comma… left when a name is cut before another organisation.
const TRAILING_JOINER = /(?:[\s,]+(?:and|of|for|the|et|de|du|des|y|e|dan|и|та|і))*[\s,]*$/iu;

/** Groups spellings of one state body: case, a bracketed acronym, "for"/"of" and plural -s don't matter. */
function bodyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\bfor\b/gu, 'of')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/(?<=\p{L}{3})s(?= |$)/gu, '');
}

function countryNear(text: string, start: number, end: number): string | null {
  const inside = findCountryMentions(text.slice(start, end))[0];
  if (inside) return inside.code;
  // "Serbia's Office for…", "Le Gouvernement ivoirien, par l'intermédiaire du ministère…"
  const before = text.slice(Math.max(0, start - 45), start);
  const mentions = findCountryMentions(before);
  return mentions[mentions.length - 1]?.code ?? null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;

function mentionsIn(
  sentence: PageSentence,
  defined: AcronymDefinition[],
  acronyms: RegExp | null,
): Mention[] {
  const text = sentence.text;
  const known = findKnownOrganisations(text);
  const legal = findCompaniesByLegalForm(text);
  const bodies = findGovernmentBodies(text);
  let former: boolean | undefined;
  const recalls = (): boolean => (former ??= recallsFormer(text));
  const mentions: Mention[] = [];
  for (const match of known) {
    // "International Telecommunication Union Plenipotentiary Conference": an event's name.
    if (match.org.kind === 'excluded' || EVENT_AFTER.test(text.slice(match.end))) continue;
    // "the High Level Government Meeting of ICANN": the host of an event attended.
    if (EVENT_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) continue;
    const aside = CITATION_AFTER.test(text.slice(match.end)) || recalls();
    // "Hengtong Optic-Electric Co., Ltd", "Thales Alenia Space (TAS)": the full name as written.
    const full =
      legal.find((company) => company.start === match.start && company.end > match.end) ??
      defined.find(
        (d) => d.start <= match.start && d.end >= match.end && match.start - d.start <= 3,
      );
    mentions.push({
      key: `known:${match.org.id}`,
      name: full?.name ?? match.surface,
      defined: full !== undefined && 'acronym' in full,
      exact: match.exact,
      kind: match.org.kind,
      country: match.org.country,
      sentence,
      aside,
    });
  }
  for (const company of legal) {
    if (known.some((match) => match.start < company.end && match.end > company.start)) continue;
    mentions.push({
      key: `company:${company.name.toLowerCase()}`,
      name: company.name,
      exact: true,
      kind: 'company',
      country: null,
      sentence,
      aside: recalls(),
    });
  }
  for (const definition of defined) {
    const taken = [...known, ...legal, ...bodies];
    if (taken.some((span) => overlaps(span, definition))) continue;
    mentions.push({
      key: `acronym:${definition.acronym}`,
      name: definition.name,
      exact: true,
      kind: definition.company ? 'company' : 'other',
      country: null,
      sentence,
      aside: recalls(),
      defined: true,
    });
  }
  // "…sublinhou o administrador do NOSI": a later use of an acronym the text defined.
  for (const m of acronyms ? text.matchAll(acronyms) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    if ([...known, ...legal, ...defined, ...bodies].some((other) => overlaps(other, span)))
      continue;
    mentions.push({
      key: `acronym:${m[0]}`,
      name: m[0],
      exact: false,
      kind: 'other',
      country: null,
      sentence,
      aside: recalls(),
    });
  }
  for (const body of bodies) {
    // A curated name inside the span ends the body's name before it ("Ministry of ICT and Huawei").
    const inner = known.find((match) => match.start < body.end && match.end > body.start);
    let end = body.end;
    if (inner) {
      if (inner.start <= body.start || inner.org.kind === 'excluded') continue;
      end = inner.start;
    }
    const cut = end < body.end;
    const name = (cut ? text.slice(body.start, end) : body.name).replace(TRAILING_JOINER, '');
    if (name.split(/\s+/u).length < 2 && !/\p{Script=Han}/u.test(name)) continue;
    if (NEWS_NAME.test(name)) continue;
    mentions.push({
      key: `body:${bodyKey(name)}`,
      name,
      exact: true,
      kind: 'government',
      country: countryNear(text, body.start, end),
      sentence,
      aside: recalls(),
    });
  }
  return mentions;
}

// Financiers, builders and suppliers are parties too (corpus conventions).
const ROLE_IN_PROJECT =
  /(?<![\p{L}])(?:financ|fund(?:ed|ing|s)(?![\p{L}])|grant|loan|built|build|construct|implement|suppl|contractor|partner|финанс|кредит|строит|постро|реализ|поставл|поставк|фінанс|будів|реаліз|қаржы|салу|іске асыр|financement|financé|financia|construi|construc|réalis|realiz|fornec|suministr|finanzier|gebaut|baut|liefer|membiayai|dibiayai|pembiayaan|membangun|tài trợ|xây dựng|triển khai)|资助|融资|建设|承建|تمويل|ممول|بناء|تنفيذ/iu;

function reportsEvent(sentence: PageSentence): boolean {
  const text = sentence.text;
  return (
    hasSigning(text) ||
    ROLE_IN_PROJECT.test(text) ||
    CUED_TYPES.some((type) => EVENT_CUES[type](text))
  );
}

/** Whether the organisation takes part in the reported news rather than its background. */
function participates(
  mentions: Mention[],
  reportsEvent: (sentence: PageSentence) => boolean,
): boolean {
  const live = mentions.filter((m) => !m.aside && !m.sentence.background);
  if (live.length === 0) return false;
  return (
    live.length >= 2 ||
    live.some(
      (m) => m.sentence.inTitle || m.sentence.index <= LEAD_SENTENCES || m.kind === 'government',
    ) ||
    live.some((m) => reportsEvent(m.sentence))
  );
}

function bodyWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (word.toLowerCase() === 'for' ? 'of' : word));
}

const sameWord = (a: string, b: string) =>
  a.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '') ===
  b.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');

/** Whether `short` starts `long`, an acronym standing for as many capitalised words ("IT"). */
function abbreviates(short: string[], long: string[]): boolean {
  let j = 0;
  for (const word of short) {
    if (j < long.length && sameWord(word, long[j]!)) {
      j++;
      continue;
    }
    const initials = long.slice(j, j + word.length).map((w) => w[0]);
    if (!/^\p{Lu}{2,}$/u.test(word) || initials.join('') !== word) return false;
    j += word.length;
  }
  return true;
}

/**
 * Spellings of one state body: "Ministry for Innovative Development" is the "…of Uzbekistan"
 * one, and "Office for IT and eGovernment" the "Office for Information Technologies and eGovernment".
 */
function sameBody(a: Mention, b: Mention): boolean {
  if (!a.key.startsWith('body:') || !b.key.startsWith('body:')) return false;
  if (a.key.startsWith(b.key) || b.key.startsWith(a.key)) return true;
  const [x, y] = [bodyWords(a.name), bodyWords(b.name)];
  return abbreviates(x, y) || abbreviates(y, x);
}

/** A bare acronym ("NOSI") belongs to the group whose name defines it ("… (NOSI)"). */
function definesAcronym(group: Mention[], mention: Mention): boolean {
  if (!mention.key.startsWith('acronym:') || mention.defined) return false;
  return group.some((m) => m.name.includes(`(${mention.name})`));
}

/** Groups of a bare acronym used before the text defines it ("BAD financiou…") join the definition's. */
function mergeEarlyAcronyms(groups: Mention[][]): Mention[][] {
  return groups.filter((group) => {
    if (group.some((m) => !m.key.startsWith('acronym:') || m.defined)) return true;
    const owner = groups.find((g) => g !== group && definesAcronym(g, group[0]!));
    if (!owner) return true;
    owner.unshift(...group);
    return false;
  });
}

/**
 * Companies, international bodies and named state bodies that take part in the reported
 * cooperation, each once, spelled as first written (the nominative where the text has it), with
 * home country and evidence sentence. Chrome, news agencies, forums and background-only names are
 * left out.
 */
export function extractOrganisations(page: Page): Organisation[] {
  const sentences = pageSentences(page);
  const definitions = sentences.map((s) => findAcronymDefinitions(s.text));
  const acronyms = [...new Set(definitions.flatMap((list) => list.map((d) => d.acronym)))];
  const used = acronyms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}(])(?:${acronyms.join('|')})(?![\\p{L}\\p{N})])`, 'gu')
    : null;
  const groups: Mention[][] = [];
  for (const mention of sentences.flatMap((s, i) => mentionsIn(s, definitions[i]!, used))) {
    const group = groups.find(
      (g) => g[0]!.key === mention.key || sameBody(g[0]!, mention) || definesAcronym(g, mention),
    );
    if (group) group.push(mention);
    else groups.push([mention]);
  }
  // Several names can stand in one sentence: each sentence is checked for an event once.
  const reported = new Map<PageSentence, boolean>();
  const reporting = (sentence: PageSentence): boolean => {
    let reports = reported.get(sentence);
    if (reports === undefined) reported.set(sentence, (reports = reportsEvent(sentence)));
    return reports;
  };
  return mergeEarlyAcronyms(groups)
    .filter((group) => participates(group, reporting))
    .map((group) => {
      // The first uninflected spelling; after an acronym ("ITU … International Telecommunication
      // Union"), the full name.
      const exact = group.filter((m) => m.exact);
      const first = exact[0] ?? group[0]!;
      const named = group.find((m) => m.defined)
        ? group.find((m) => m.defined)!
        : ACRONYM.test(first.name)
          ? (exact.length ? exact : group).reduce((best, m) =>
              m.name.length > best.name.length ? m : best,
            )
          : first;
      const evidence = group.find((m) => !m.aside && !m.sentence.background) ?? group[0]!;
      return {
        name: named.name,
        kind: named.kind,
        country: group.find((m) => m.country)?.country ?? null,
        evidence: evidence.sentence.text,
      };
    });
}
