import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useEffect } from 'react';
import type { EventType } from '../../schema/dataset.ts';
import { markViewRendered } from '../../lib/perf-marks.ts';

export interface TimelineChartProps {
  rows: { period: string; label: string }[];
  types: readonly EventType[];
  onPick: (period: string) => void;
}

/** The stacked bars; clicking any segment of a bar picks its period. */
export default function TimelineChart({ rows, types, onPick }: TimelineChartProps) {
  useEffect(() => markViewRendered('timeline'));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        <XAxis
          dataKey="label"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          stroke="var(--grid)"
          interval="preserveStartEnd"
        />
        <YAxis
          allowDecimals={false}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          stroke="var(--grid)"
        />
        <Tooltip
          cursor={{ fill: 'var(--hover)' }}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
          }}
        />
        {types.map((type) => (
          <Bar
            key={type}
            dataKey={type}
            name={type}
            stackId="types"
            fill={`var(--type-${type})`}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(data) => {
              const period = (data.payload as { period?: string } | undefined)?.period;
              if (period) onPick(period);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
