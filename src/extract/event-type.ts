import type { EventType } from '../schema/dataset.ts';
import { CUED_TYPES, EVENT_CUES, SIGNED_CUES, type CuedType } from './event-cues.ts';
import {
  addressesPress,
  approvesOnly,
  hasSigning,
  neutralise,
  recallsEarlierInstrument,
  recallsFormer,
  speaksOfFuture,
} from './event-context.ts';
import { pageSentences, type PageSentence } from './event-sentences.ts';
import { describesPaidWork, namesVendor } from './event-vendors.ts';
import type { Page } from './page.ts';

const INSTRUMENTS: CuedType[] = ['mou', 'contract', 'agreement'];
// Without a signed instrument, the first of these with enough weight is the main event.
const OCCASIONS: CuedType[] = ['launch', 'meeting', 'visit'];
const MIN_INSTRUMENT = 4;
// Contracts are "awarded" or "won" more often than signed; one in the lead is enough.
const MIN_CONTRACT = 2.5;
const MIN_OCCASION = 1;
// An occasion named only late in the article ("…through visits and exhibitions") is an aside.
const LEAD_INDEX = 2;
const MIN_LATE_OCCASION = 2.5;
// "deal", "order": words for a commercial instrument that name a supply contract with a vendor.
const DEAL = /(?<![\p{L}])(?:deals?|orders?)(?![\p{L}])/iu;

interface Tally {
  score: number;
  inTitle: boolean;
  signed: boolean;
  /** Some cue reports something that happened, not a plan or a recollection. */
  current: boolean;
  /** Some current cue stands in the headline or the first sentences. */
  lead: boolean;
  evidence: string | null;
  bestWeight: number;
}

/** The headline and the lead say what the article is about; later sentences count less. */
function positionWeight(sentence: PageSentence): number {
  if (sentence.inTitle) return 3;
  if (sentence.index === 0) return 2.5;
  if (sentence.index === 1) return 2;
  if (sentence.index <= 3) return 1.5;
  return sentence.index <= 8 ? 1 : 0.7;
}

/**
 * What a sentence reports beyond its cue words. Each part is worked out only when a cue in the
 * sentence asks for it: most sentences name no event, and their context never matters.
 */
class SentenceContext {
  #history?: boolean;
  #approval?: boolean;
  #signed?: boolean;
  #current?: boolean;

  constructor(
    readonly sentence: PageSentence,
    readonly text: string,
  ) {}

  get history(): boolean {
    return (this.#history ??= recallsFormer(this.text) || recallsEarlierInstrument(this.text));
  }

  get approval(): boolean {
    return (this.#approval ??= approvesOnly(this.text));
  }

  get signed(): boolean {
    return (this.#signed ??= hasSigning(this.text) && !this.history && !this.approval);
  }

  /** Some cue reports something that happened, not a plan or a recollection. */
  get current(): boolean {
    return (this.#current ??=
      !this.sentence.background &&
      !this.history &&
      !this.approval &&
      (this.signed || !speaksOfFuture(this.text)));
  }
}

function tally(page: Page): Record<CuedType, Tally> {
  const tallies = Object.fromEntries(
    CUED_TYPES.map((type) => [
      type,
      {
        score: 0,
        inTitle: false,
        signed: false,
        current: false,
        lead: false,
        evidence: null,
        bestWeight: 0,
      },
    ]),
  ) as Record<CuedType, Tally>;
  const sentences = pageSentences(page);
  const texts = sentences.map((sentence) => neutralise(sentence.text));
  // Paid work counts for a vendor named in the same sentence or the next one, and is looked
  // for only there.
  const vendors = texts.map(namesVendor);
  // Whether the previous sentence describes paid work (as far as a vendor needs to know);
  // nothing comes before the first.
  let previousWork = false;
  sentences.forEach((sentence, i) => {
    const text = texts[i]!;
    const vendor = vendors[i]!;
    const ownWork = (vendor || vendors[i + 1] === true) && describesPaidWork(text);
    const work = ownWork || previousWork;
    previousWork = ownWork;
    const context = new SentenceContext(sentence, text);
    // A vendor's signed "agreement" or "deal" to supply or build is a supply contract.
    const supplyDeal = () =>
      vendor &&
      work &&
      (context.signed ||
        DEAL.test(text) ||
        EVENT_CUES.agreement(text) ||
        EVENT_CUES.contract(text));
    for (const type of CUED_TYPES) {
      const cued =
        EVENT_CUES[type](text) ||
        (SIGNED_CUES[type]?.(text) && context.signed) ||
        (type === 'contract' && supplyDeal());
      if (!cued || (type === 'meeting' && addressesPress(text))) continue;
      const { current } = context;
      const weight = positionWeight(sentence) * (current ? 1 : 0.3);
      const entry = tallies[type];
      entry.score += weight;
      entry.inTitle ||= sentence.inTitle && current;
      entry.current ||= current;
      entry.lead ||= current && sentence.index <= LEAD_INDEX;
      entry.signed ||= context.signed && !sentence.background && INSTRUMENTS.includes(type);
      if (weight > entry.bestWeight) {
        entry.bestWeight = weight;
        entry.evidence = sentence.text;
      }
    }
  });
  return tallies;
}

/**
 * The type of the main event. A signed instrument wins over the visit or meeting it was signed
 * at (corpus convention); the headline's instrument wins over what the body later calls it.
 */
export function classifyEvent(page: Page): { eventType: EventType; evidence: string | null } {
  const tallies = tally(page);
  const result = (type: CuedType) => ({ eventType: type, evidence: tallies[type].evidence });

  const qualifies = (type: CuedType) =>
    tallies[type].inTitle ||
    tallies[type].signed ||
    tallies[type].score >= MIN_INSTRUMENT ||
    (type === 'contract' && tallies[type].current && tallies[type].score >= MIN_CONTRACT);
  // A signed memorandum is the instrument even where the headline calls it an "agreement";
  // otherwise the headline's instrument wins over what the body later calls it.
  if (qualifies('mou')) return result('mou');
  const instrument =
    INSTRUMENTS.find((type) => tallies[type].inTitle) ?? INSTRUMENTS.find(qualifies);
  if (instrument) return result(instrument);

  // An occasion the headline names wins over one the body dwells on.
  const titled = OCCASIONS.filter((type) => tallies[type].inTitle);
  const occasion = (titled.length ? titled : OCCASIONS)
    .filter(
      (type) =>
        tallies[type].current &&
        tallies[type].score >= (tallies[type].lead ? MIN_OCCASION : MIN_LATE_OCCASION),
    )
    .sort((a, b) => tallies[b].score - tallies[a].score)[0];
  return occasion ? result(occasion) : { eventType: 'other', evidence: null };
}
