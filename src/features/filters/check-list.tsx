import { useId, useState } from 'react';
import { foldText } from '../../lib/fold-text.ts';
import { formatCount } from '../../lib/plural.ts';

export interface CheckOption {
  value: string;
  label: string;
  count: number;
}

export interface CheckListProps {
  legend: string;
  options: readonly CheckOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Shows a search box over the options (for long lists such as countries). */
  searchable?: boolean;
}

/**
 * A multi-select as a disclosure with checkboxes: native elements, so keyboard and screen readers
 * work without custom key handling. Options with no matches are hidden unless selected.
 */
export function CheckList(props: CheckListProps) {
  const [open, setOpen] = useState(false);
  // Kept here, so closing and reopening the list keeps what was typed.
  const [search, setSearch] = useState('');
  const { legend, selected } = props;
  // The options exist only while the list is open: closed, its ~250 checkboxes would still be
  // updated on every filter change (React rewrites each checkbox's name and type attributes).
  return (
    <details className="check-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {legend}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </summary>
      {open && <CheckListBody {...props} search={search} onSearch={setSearch} />}
    </details>
  );
}

function CheckListBody({
  legend,
  options,
  selected,
  onToggle,
  searchable,
  search,
  onSearch,
}: CheckListProps & { search: string; onSearch: (search: string) => void }) {
  const id = useId();
  const needle = foldText(search.trim());
  const visible = options.filter(
    (o) =>
      (o.count > 0 || selected.includes(o.value)) &&
      (needle === '' || foldText(o.label).includes(needle) || foldText(o.value).includes(needle)),
  );
  return (
    <div className="check-list-body">
      {searchable && (
        <input
          type="search"
          className="check-list-search"
          aria-label={`Search ${legend.toLowerCase()}`}
          placeholder="Search…"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      )}
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {visible.length === 0 && <p className="muted small">No options.</p>}
        {visible.map((o) => (
          <label key={o.value} className="check-option" htmlFor={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={() => onToggle(o.value)}
            />
            <span>{o.label}</span>
            <span className="count">{formatCount(o.count)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
