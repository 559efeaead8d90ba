import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { EVENT_TYPES, TOPICS, type EventType, type Topic } from '../../schema/dataset.ts';
import { SEARCH_LEAD_CHARS } from '../../schema/app-index.ts';
import { countryName } from '../../lib/country-names.ts';
import { CheckList, type CheckOption } from './check-list.tsx';
import type { FacetCounts } from './count-options.ts';
import { toggle, type ViewState } from './filter-state.ts';
import type { UpdateView } from './use-view-state.ts';
import { formatCount } from '../../lib/plural.ts';

/** The organisation list shows at most this many (the most frequent) organisations. */
const MAX_ORG_OPTIONS = 200;

// One collator for every sort: `localeCompare` builds one per call, and the lists are re-sorted on
// every filter change.
const BY_NAME = new Intl.Collator();

export interface FilterBarProps {
  state: ViewState;
  counts: FacetCounts;
  /** `lead`: the texts were too large to index whole; search covers their first characters. */
  searchScope?: 'full' | 'lead';
  /** `loading` while the search texts load after the first render, or why they failed. */
  searchStatus?: string;
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

function orgOption(name: string, counts: Map<string, number>) {
  return (
    <option key={name} value={name}>
      {name} ({formatCount(counts.get(name) ?? 0)})
    </option>
  );
}

export function FilterBar({
  state,
  counts,
  searchScope = 'full',
  searchStatus = 'ready',
  onChange,
}: FilterBarProps) {
  const querying = state.query.trim() !== '';
  const countryCodes = new Set([...counts.countries.keys(), ...state.countries]);
  const countryOptions = options(countryCodes, counts.countries, countryName).sort((a, b) =>
    BY_NAME.compare(a.label, b.label),
  );
  const languages = new Set([...counts.languages.keys(), ...state.languages]);
  // The organisation list is built only while the select has focus (a click or Tab gives it
  // focus before it opens): its ~200 options, whose counts change with every filter, cost ~10 ms
  // of each filter change while nobody looks at them. Closed, it holds the chosen one.
  const [orgListed, setOrgListed] = useState(false);
  // Thousands of organisations at scale: the list shows the most frequent ones (thousands of
  // options are unusable), made once per count rather than per keystroke.
  const orgOptions = useMemo(() => {
    if (!orgListed) return null;
    const frequent = [...counts.orgs]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_ORG_OPTIONS)
      .map(([name]) => name);
    const orgs = [...new Set([...frequent, ...(state.org ? [state.org] : [])])].sort((a, b) =>
      a.localeCompare(b),
    );
    const options = orgs.map((o) => orgOption(o, counts.orgs));
    if (counts.orgs.size > MAX_ORG_OPTIONS)
      options.push(
        <option key="(more)" value="" disabled>
          {`(the ${MAX_ORG_OPTIONS} most frequent of ${formatCount(counts.orgs.size)} shown)`}
        </option>,
      );
    return options;
  }, [counts.orgs, state.org, orgListed]);

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
      {querying && searchStatus !== 'ready' && (
        <p className="muted small search-scope" role="status">
          {searchStatus === 'loading' ? 'Loading the search index…' : searchStatus}
        </p>
      )}
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
          // Synchronously, so the options are there when the list opens.
          onFocus={() => flushSync(() => setOrgListed(true))}
          onBlur={() => setOrgListed(false)}
          onChange={(e) => onChange({ ...state, org: e.target.value || null })}
        >
          <option value="">All organisations</option>
          {orgOptions ?? (state.org !== null && orgOption(state.org, counts.orgs))}
        </select>
      </label>
    </div>
  );
}
