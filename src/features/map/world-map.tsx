import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { markViewRendered } from '../../lib/perf-marks.ts';
import { ComposableMap, ZoomableGroup } from 'react-simple-maps';
import topology from 'world-atlas/countries-110m.json';
import { countryName } from '../../lib/country-names.ts';
import { plural } from '../../lib/plural.ts';
import { colorClasses } from './color-scale.ts';
import type { CountryStats } from './count-by-country.ts';
import { CountryShapes, ShapeDataContext, type ShapeData } from './country-shapes.tsx';
import { featureCode } from './geo-codes.ts';
import { MAX_ZOOM, MIN_ZOOM, ZoomControls } from './zoom-controls.tsx';

const WIDTH = 800;
const HEIGHT = 380;
const HOME = { center: [0, 8] as [number, number], zoom: 1 };

/** Codes of all countries world-atlas draws, for listing the partners it cannot show. */
const DRAWN_CODES = new Set(
  (
    topology as unknown as {
      objects: { countries: { geometries: { id?: string; properties?: { name?: string } }[] } };
    }
  ).objects.countries.geometries.map((g) => featureCode(g.id, g.properties?.name)),
);

interface Tooltip {
  code: string;
  x: number;
  y: number;
}

export interface WorldMapProps {
  stats: Map<string, CountryStats>;
  selected: readonly string[];
  onToggle: (code: string) => void;
}

export function WorldMap({ stats, selected, onToggle }: WorldMapProps) {
  const [view, setView] = useState(HOME);
  useEffect(() => markViewRendered('map'));
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const max = Math.max(0, ...[...stats.values()].map((s) => s.count));
  const classes = useMemo(() => colorClasses(max), [max]);
  const offMap = [...stats.keys()]
    .filter((code) => !DRAWN_CODES.has(code))
    .sort((a, b) => countryName(a).localeCompare(countryName(b)));

  const label = useCallback(
    (code: string) => `${countryName(code)}, ${plural(stats.get(code)?.count ?? 0, 'article')}`,
    [stats],
  );
  // A new value re-renders every country shape: only when the filter's data changes, not when
  // the tooltip moves.
  const shapeData = useMemo((): ShapeData => {
    const showAt = (code: string, clientX: number, clientY: number) => {
      const box = frame.current?.getBoundingClientRect();
      if (box) setTooltip({ code, x: clientX - box.left, y: clientY - box.top });
    };
    return {
      stats,
      selected,
      classes,
      label,
      onToggle,
      showAt,
      showAtElement: (code, element) => {
        const r = element.getBoundingClientRect();
        showAt(code, r.left + r.width / 2, r.top + r.height / 2);
      },
      hideTooltip: () => setTooltip(null),
    };
  }, [stats, selected, classes, label, onToggle]);
  const zoomBy = (factor: number) =>
    setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor)) }));

  const tip = tooltip && stats.get(tooltip.code);

  return (
    <section className="panel map-panel" aria-labelledby="map-heading">
      <div className="panel-head">
        <h2 id="map-heading">Partner countries</h2>
        <ZoomControls zoom={view.zoom} actions={{ zoomBy, reset: () => setView(HOME) }} />
      </div>
      <div className="map-frame" ref={frame} onMouseLeave={() => setTooltip(null)}>
        <ComposableMap
          width={WIDTH}
          height={HEIGHT}
          projection="geoEqualEarth"
          projectionConfig={{ scale: 158 }}
          role="group"
          aria-label="World map of partner countries; each coloured country is a button that filters by it"
        >
          <ZoomableGroup
            center={view.center}
            zoom={view.zoom}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            onMoveEnd={({ coordinates, zoom }) => {
              if (coordinates && zoom !== undefined) setView({ center: coordinates, zoom });
            }}
          >
            <ShapeDataContext value={shapeData}>
              <CountryShapes />
            </ShapeDataContext>
          </ZoomableGroup>
        </ComposableMap>
        {tooltip && (
          <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
            <strong>{countryName(tooltip.code)}</strong>
            <span>{plural(tip?.count ?? 0, 'article')}</span>
            {tip && tip.topTypes.length > 0 && (
              <span className="muted">
                {tip.topTypes
                  .slice(0, 3)
                  .map(([type, n]) => `${type} ${n}`)
                  .join(' · ')}
              </span>
            )}
          </div>
        )}
      </div>
      <div className="map-foot">
        {classes.length > 0 ? (
          <ul className="legend" aria-label="Articles per country">
            {classes.map((c) => (
              <li key={c.shade}>
                <span
                  className="swatch"
                  style={{ background: `var(--map-${c.shade})` }}
                  aria-hidden="true"
                />
                {c.min === c.max ? c.min : `${c.min}–${c.max}`}
              </li>
            ))}
            <li>
              <span
                className="swatch"
                style={{ background: 'var(--map-empty)' }}
                aria-hidden="true"
              />
              none
            </li>
          </ul>
        ) : (
          <p className="muted">No partner countries in the current selection.</p>
        )}
        {offMap.length > 0 && (
          <div className="off-map">
            <span className="muted">Too small for this map:</span>
            {offMap.map((code) => (
              <button
                key={code}
                type="button"
                className="chip-button"
                aria-pressed={selected.includes(code)}
                aria-label={label(code)}
                onClick={() => onToggle(code)}
              >
                {countryName(code)} ({stats.get(code)?.count ?? 0})
              </button>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
