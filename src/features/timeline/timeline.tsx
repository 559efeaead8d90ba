import { Suspense, useCallback, useEffect } from 'react';
import { markViewRendered } from '../../lib/perf-marks.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatCount, plural } from '../../lib/plural.ts';
import type { Period } from '../filters/filter-state.ts';
import type { Timeline as TimelineData } from './count-by-period.ts';
import { preloadableComponent } from '../../lib/preloadable.ts';

// recharts is the largest dependency; the bars arrive a moment after the rest of the first screen.
const { Component: TimelineChart, preload } = preloadableComponent(() =>
  import('./timeline-chart.tsx').then((m) => m.default),
);

/** Starts downloading the chart's code early (while the dataset loads), without rendering it. */
export function preloadTimelineChart(): void {
  preload();
}

export interface TimelineProps {
  timeline: TimelineData;
  from: Period | null;
  to: Period | null;
  /** Every year of the dataset, for the from/to controls. */
  years: readonly number[];
  onRange: (from: Period | null, to: Period | null) => void;
}

function describeRange(from: Period | null, to: Period | null): string {
  if (from === null && to === null) return 'All dates';
  if (from !== null && to !== null && from === to) return formatDate(from);
  return `${from === null ? 'Start' : formatDate(from)} – ${to === null ? 'latest' : formatDate(to)}`;
}

/** One end of the from/to range: a year, or open (`earliest`, `latest`). */
function YearSelect(props: {
  label: string;
  open: string;
  value: Period | null;
  years: readonly number[];
  onChange: (year: Period | null) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.value?.slice(0, 4) ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
      >
        <option value="">{props.open}</option>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Timeline({ timeline, from, to, years, onRange }: TimelineProps) {
  const rows = timeline.bars.map((bar) => ({
    period: bar.period,
    label: formatDate(bar.period),
    // No value rather than 0: recharts then draws no (invisible, zero-height) bar for it.
    total: bar.total || null,
    byType: bar.byType,
  }));
  const unit = timeline.granularity === 'year' ? 'year' : 'month';
  // With bars, the chart reports itself once drawn; without, this panel is all there is.
  useEffect(() => {
    if (rows.length === 0) markViewRendered('timeline');
  });
  const pick = useCallback((period: Period) => onRange(period, period), [onRange]);

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <div className="panel-head">
        <h2 id="timeline-heading">Articles per {unit}</h2>
        <div className="range-controls">
          <YearSelect
            label="From"
            open="earliest"
            value={from}
            years={years}
            onChange={(year) => onRange(year, to)}
          />
          <YearSelect
            label="To"
            open="latest"
            value={to}
            years={years}
            onChange={(year) => onRange(from, year)}
          />
        </div>
      </div>
      <p className="selection-line">
        <span>
          Selected: <strong>{describeRange(from, to)}</strong>
        </span>
        {(from !== null || to !== null) && (
          <button type="button" className="link-button" onClick={() => onRange(null, null)}>
            All dates
          </button>
        )}
      </p>
      {rows.length === 0 ? (
        <p className="muted">No dated articles.</p>
      ) : (
        <div className="chart-frame" aria-hidden="true">
          {/* An empty box in the chart's place keeps the legend where the chart will leave it. */}
          <Suspense fallback={<div />}>
            <TimelineChart rows={rows} types={timeline.types} onPick={pick} />
          </Suspense>
          {/* Plain HTML, not recharts' Legend: the same key at a fraction of the render cost. */}
          <ul className="legend chart-legend">
            {timeline.types.map((type) => (
              <li key={type}>
                <span className="swatch" style={{ background: `var(--type-${type})` }} />
                {type}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && (
        <div className="period-strip" role="group" aria-label={`Filter to one ${unit}`}>
          {timeline.bars
            .filter((bar) => bar.total > 0)
            .map((bar) => {
              const active = from === bar.period && to === bar.period;
              return (
                <button
                  key={bar.period}
                  type="button"
                  className="chip-button"
                  aria-pressed={active}
                  aria-label={`${formatDate(bar.period)}, ${plural(bar.total, 'article')}`}
                  onClick={() => (active ? onRange(null, null) : pick(bar.period))}
                >
                  {formatDate(bar.period)} <span className="count">{formatCount(bar.total)}</span>
                </button>
              );
            })}
        </div>
      )}
      {timeline.unplaced > 0 && (
        <p className="muted small">
          {plural(timeline.unplaced, 'article')} not on this axis (undated, or dated only to the
          year).
        </p>
      )}
    </section>
  );
}
