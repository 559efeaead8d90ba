import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { useEffect, useMemo } from 'react';
import type { EventType } from '../../schema/dataset.ts';
import { markViewRendered } from '../../lib/perf-marks.ts';
import { formatCount } from '../../lib/plural.ts';

export interface ChartRow {
  period: string;
  label: string;
  total: number | null;
  byType: Partial<Record<EventType, number>>;
}

export interface TimelineChartProps {
  rows: ChartRow[];
  types: readonly EventType[];
  onPick: (period: string) => void;
}

/** A period's bar: one segment per event type, the first type at the bottom. */
function stackedBar(types: readonly EventType[]) {
  return function StackedBar({ x, y, width, height, payload }: BarShapeProps) {
    const row = payload as ChartRow;
    const total = row.total;
    if (total === null || !(height > 0)) return <g />;
    let bottom = y + height;
    return (
      <g>
        {types.map((type) => {
          const count = row.byType[type] ?? 0;
          if (count === 0) return null;
          const h = (height * count) / total;
          bottom -= h;
          return (
            <path
              key={type}
              d={`M${x},${bottom}h${width}v${h}h${-width}Z`}
              fill={`var(--type-${type})`}
            />
          );
        })}
      </g>
    );
  };
}

/** What recharts passes a tooltip's content that this one reads. */
interface PeriodTooltipProps {
  active?: boolean;
  label?: string | number;
  payload?: readonly { payload?: unknown }[];
}

function PeriodTooltip({ active, payload, label }: PeriodTooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="chart-tooltip">
      <strong>{label}</strong>
      <ul>
        {Object.entries(row.byType).map(([type, count]) => (
          <li key={type}>
            <span className="swatch" style={{ background: `var(--type-${type})` }} />
            {type} {formatCount(count)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What recharts passes an axis tick that this one reads. */
interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value?: string | number };
}

/**
 * An axis label as plain SVG text. recharts' own label measures each label it has not seen in
 * the page, to wrap it, which forces a layout of the whole page in the middle of every filter
 * change (~20 ms at 10,000 articles); these labels (years, counts) never wrap.
 */
function AxisTick({ x, y, textAnchor, verticalAnchor, payload }: AxisTickProps) {
  return (
    <text
      // recharts' own class for a tick's label, as its labels have.
      className="recharts-cartesian-axis-tick-value"
      x={x}
      y={y}
      dy={verticalAnchor === 'start' ? '0.71em' : '0.355em'}
      textAnchor={textAnchor}
      fill="var(--muted)"
      fontSize={12}
    >
      {payload?.value}
    </text>
  );
}

// Props recharts stores by identity live here, not inline: a new object per render makes each
// axis, grid and tooltip re-register in recharts' store after every filter change, and every
// selector run again (about half of a filter change's time).
const MARGIN = { top: 8, right: 8, bottom: 0, left: -20 };
const CURSOR = { fill: 'var(--hover)' };
// Given, so the grid does not compute (and measure the labels of) the x axis' ticks for vertical
// lines it does not draw.
const NO_VERTICAL_LINES = [0];

/**
 * The stacked bars; clicking a bar picks its period. One recharts series whose shape draws the
 * per-type segments: recharts' cost grows with each series (its store notifies every one on
 * each change), and one series per event type made every filter change ~100 ms slower at
 * 100,000 articles.
 */
export default function TimelineChart({ rows, types, onPick }: TimelineChartProps) {
  useEffect(() => markViewRendered('timeline'));
  // Keyed by the types' names: each filter change brings a new array of the same types.
  const typeKey = types.join(',');
  const shape = useMemo(() => stackedBar(typeKey.split(',') as EventType[]), [typeKey]);
  // The same elements while only the data changes: recharts takes new data into its store after
  // the render that brings it, and renders again; the first render then stops at the chart.
  const parts = useMemo(
    () => (
      <>
        <CartesianGrid vertical={false} verticalPoints={NO_VERTICAL_LINES} stroke="var(--grid)" />
        <XAxis dataKey="label" tick={AxisTick} stroke="var(--grid)" interval="preserveStartEnd" />
        {/* Every tick shown (there are about five): choosing which fit measures each new label
            in the page, as above. */}
        <YAxis allowDecimals={false} tick={AxisTick} stroke="var(--grid)" interval={0} />
        <Tooltip cursor={CURSOR} content={PeriodTooltip} />
        <Bar
          dataKey="total"
          shape={shape}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(data) => {
            const period = (data.payload as ChartRow | undefined)?.period;
            if (period) onPick(period);
          }}
        />
      </>
    ),
    [shape, onPick],
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        {parts}
      </BarChart>
    </ResponsiveContainer>
  );
}
