import { countryName } from '../../lib/country-names.ts';
import { formatDate } from '../../lib/format-date.ts';
import { clearFilters, hasActiveFilters, type ViewState } from './filter-state.ts';
import type { UpdateView } from './use-view-state.ts';

interface Chip {
  key: string;
  label: string;
  remove: () => ViewState;
}

/** One chip per active filter value, each with the state that removing it leaves. */
export function activeChips(state: ViewState): Chip[] {
  const chips: Chip[] = [];
  for (const c of state.countries)
    chips.push({
      key: `country-${c}`,
      label: `Country: ${countryName(c)}`,
      remove: () => ({ ...state, countries: state.countries.filter((x) => x !== c) }),
    });
  if (state.from !== null || state.to !== null) {
    const label =
      state.from === state.to
        ? formatDate(state.from)
        : `${state.from === null ? '…' : formatDate(state.from)} – ${state.to === null ? '…' : formatDate(state.to)}`;
    chips.push({
      key: 'dates',
      label: `Dates: ${label}`,
      remove: () => ({ ...state, from: null, to: null }),
    });
  }
  for (const t of state.types)
    chips.push({
      key: `type-${t}`,
      label: `Type: ${t}`,
      remove: () => ({ ...state, types: state.types.filter((x) => x !== t) }),
    });
  for (const t of state.topics)
    chips.push({
      key: `topic-${t}`,
      label: `Topic: ${t}`,
      remove: () => ({ ...state, topics: state.topics.filter((x) => x !== t) }),
    });
  if (state.org !== null)
    chips.push({
      key: 'org',
      label: `Organisation: ${state.org}`,
      remove: () => ({ ...state, org: null }),
    });
  for (const l of state.languages)
    chips.push({
      key: `lang-${l}`,
      label: `Language: ${l}`,
      remove: () => ({ ...state, languages: state.languages.filter((x) => x !== l) }),
    });
  if (state.query.trim() !== '')
    chips.push({
      key: 'q',
      label: `Search: “${state.query.trim()}”`,
      remove: () => ({ ...state, query: '' }),
    });
  return chips;
}

export function FilterChips({ state, onChange }: { state: ViewState; onChange: UpdateView }) {
  if (!hasActiveFilters(state)) return null;
  return (
    <div className="chips" aria-label="Active filters" role="group">
      {activeChips(state).map((chip) => (
        <button
          key={chip.key}
          type="button"
          className="chip"
          aria-label={`Remove ${chip.label}`}
          onClick={() => onChange(chip.remove())}
        >
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="link-button" onClick={() => onChange(clearFilters(state))}>
        Clear all filters
      </button>
    </div>
  );
}
