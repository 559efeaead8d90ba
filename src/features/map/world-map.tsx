import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { markViewRendered } from '../../lib/perf-marks.ts';
import { ComposableMap, Geographies, Geography, ZoomableGroup } from 'react-simple-maps';
import type { GeoJsonObject } from 'geojson';
import topology from 'world-atlas/countries-110m.json';
import { countryName } from '../../lib/country-names.ts';
import { plural } from '../../lib/plural.ts';
import { colorClasses, shadeFor } from './color-scale.ts';
import type { CountryStats } from './count-by-country.ts';
import { featureCode, isSecondaryTerritory } from './geo-codes.ts';

// Bundled, never fetched: the page must work offline and under a strict CSP.
const GEOGRAPHY = topology as unknown as GeoJsonObject;
const ANTARCTICA = '010';
const WIDTH = 800;
const HEIGHT = 380;
const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
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

  const label = (code: string) =>
    `${countryName(code)}, ${plural(stats.get(code)?.count ?? 0, 'article')}`;

  const showAt = (code: string, clientX: number, clientY: number) => {
    const box = frame.current?.getBoundingClientRect();
    if (box) setTooltip({ code, x: clientX - box.left, y: clientY - box.top });
  };
  const showAtElement = (code: string, element: Element) => {
    const r = element.getBoundingClientRect();
    showAt(code, r.left + r.width / 2, r.top + r.height / 2);
  };
  const onKey = (code: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
    }
  };
  const zoomBy = (factor: number) =>
    setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor)) }));

  const tip = tooltip && stats.get(tooltip.code);

  return (
    <section className="panel map-panel" aria-labelledby="map-heading">
      <div className="panel-head">
        <h2 id="map-heading">Partner countries</h2>
        <div className="zoom-controls" role="group" aria-label="Map zoom">
          <button
            type="button"
            onClick={() => zoomBy(1.5)}
            aria-label="Zoom in"
            disabled={view.zoom >= MAX_ZOOM}
          >
            +
          </button>
          <button
            type="button"
            onClick={() => zoomBy(1 / 1.5)}
            aria-label="Zoom out"
            disabled={view.zoom <= MIN_ZOOM}
          >
            −
          </button>
          <button type="button" onClick={() => setView(HOME)}>
            Reset
          </button>
        </div>
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
            <Geographies geography={GEOGRAPHY}>
              {({ geographies }) =>
                geographies
                  .filter((geo) => geo.id !== ANTARCTICA)
                  .map((geo) => {
                    const name = (geo.properties as { name?: string } | null)?.name;
                    const code = featureCode(geo.id, name);
                    const count = code === null ? 0 : (stats.get(code)?.count ?? 0);
                    const isSelected = code !== null && selected.includes(code);
                    const shade = shadeFor(count, classes);
                    const fill = shade === null ? 'var(--map-empty)' : `var(--map-${shade})`;
                    // The de jure country is the control; an extra territory drawn with the same
                    // code (N. Cyprus, Somaliland) is coloured alike but not a second button.
                    const interactive =
                      code !== null && (count > 0 || isSelected) && !isSecondaryTerritory(name);
                    if (!interactive || code === null) {
                      return (
                        <Geography
                          key={geo.rsmKey}
                          geography={geo}
                          tabIndex={-1}
                          aria-hidden="true"
                          className={isSelected ? 'country is-selected' : 'country'}
                          fill={fill}
                        />
                      );
                    }
                    return (
                      <Geography
                        key={geo.rsmKey}
                        geography={geo}
                        role="button"
                        aria-label={label(code)}
                        aria-pressed={isSelected}
                        className={isSelected ? 'country is-data is-selected' : 'country is-data'}
                        fill={fill}
                        onClick={() => onToggle(code)}
                        onKeyDown={onKey(code)}
                        onMouseMove={(e) => showAt(code, e.clientX, e.clientY)}
                        onFocus={(e) => showAtElement(code, e.currentTarget)}
                        onBlur={() => setTooltip(null)}
                      />
                    );
                  })
              }
            </Geographies>
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
