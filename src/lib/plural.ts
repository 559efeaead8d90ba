/** `1 article`, `13,561 articles`; English only, the app has no other UI language yet. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

// One formatter for every count: `toLocaleString` builds a new one per call, and a filter change
// formats hundreds of option counts.
const COUNT_FORMAT = new Intl.NumberFormat('en');

/** A count with thousands separators (`100,000`), as the header and the views show counts. */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
