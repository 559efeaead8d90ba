/** `1 article`, `2 articles`; English only, the app has no other UI language yet. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
