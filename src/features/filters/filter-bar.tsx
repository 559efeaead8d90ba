import { EVENT_TYPES, TOPICS, type EventType, type Topic } from '../../schema/dataset.ts';
import { SEARCH_LEAD_CHARS } from '../../schema/app-index.ts';
import { countryName } from '../../lib/country-names.ts';
import { CheckList, type CheckOption } from './check-list.tsx';
import type { FacetCounts } from './count-options.ts';
import { toggle, type ViewState } from './filter-state.ts';
import type { UpdateView } from './use-view-state.ts';

export interface FilterBarProps {
  state: ViewState;
  counts: FacetCounts;
  /** `lead`: the texts were too large to index whole; search covers their first characters. */
  searchScope?: 'full' | 'lead';
  onChange: UpdateView;
}

function options(
  values: Iterable<string>,
  counts: Map<string, number>,
  label = (v: string) => v,
): CheckOption[] {
  return [...values].map((value) => ({
    value,
    label: label(value),
    count: counts.get(value) ?? 0,
  }));
}

export function FilterBar({ state, counts, searchScope = 'full', onChange }: FilterBarProps) {
  const countryCodes = new Set([...counts.countries.keys(), ...state.countries]);
  const countryOptions = options(countryCodes, counts.countries, countryName).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  const languages = new Set([...counts.languages.keys(), ...state.languages]);
  const orgs = [...new Set([...counts.orgs.keys(), ...(state.org ? [state.org] : [])])].sort(
    (a, b) => a.localeCompare(b),
  );

  return (
    <div className="filter-bar" role="search" aria-label="Filter articles">
      <input
        type="search"
        className="search-box"
        aria-label={
          searchScope === 'full'
            ? 'Search title, summary and text'
            : 'Search titles, summaries and article leads'
        }
        aria-describedby={searchScope === 'lead' ? 'search-scope' : undefined}
        placeholder="Search articles…"
        value={state.query}
        // Typing speed: replace the history entry instead of pushing one per key.
        onChange={(e) => onChange({ ...state, query: e.target.value }, { replace: true })}
      />
      {searchScope === 'lead' && (
        <p id="search-scope" className="muted small search-scope">
          Search covers titles, summaries and article leads (the first {SEARCH_LEAD_CHARS}{' '}
          characters).
        </p>
      )}
      <CheckList
        legend="Country"
        searchable
        options={countryOptions}
        selected={state.countries}
        onToggle={(v) => onChange({ ...state, countries: toggle(state.countries, v) })}
      />
      <CheckList
        legend="Event type"
        options={options(EVENT_TYPES, counts.types)}
        selected={state.types}
        onToggle={(v) => onChange({ ...state, types: toggle(state.types, v as EventType) })}
      />
      <CheckList
        legend="Topic"
        searchable
        options={options(TOPICS, counts.topics)}
        selected={state.topics}
        onToggle={(v) => onChange({ ...state, topics: toggle(state.topics, v as Topic) })}
      />
      <CheckList
        legend="Language"
        options={options([...languages].sort(), counts.languages)}
        selected={state.languages}
        onToggle={(v) => onChange({ ...state, languages: toggle(state.languages, v) })}
      />
      <label className="org-select">
        <span className="visually-hidden">Organisation</span>
        <select
          value={state.org ?? ''}
          onChange={(e) => onChange({ ...state, org: e.target.value || null })}
        >
          <option value="">All organisations</option>
          {orgs.map((o) => (
            <option key={o} value={o}>
              {o} ({counts.orgs.get(o) ?? 0})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
