import { createContext, memo, useContext, type KeyboardEvent } from 'react';
import { Geographies, Geography } from 'react-simple-maps';
import type { GeoJsonObject } from 'geojson';
import topology from 'world-atlas/countries-110m.json';
import type { ColorClass } from './color-scale.ts';
import { shadeFor } from './color-scale.ts';
import type { CountryStats } from './count-by-country.ts';
import { featureCode, isSecondaryTerritory } from './geo-codes.ts';

// Bundled, never fetched: the page must work offline and under a strict CSP.
const GEOGRAPHY = topology as unknown as GeoJsonObject;
const ANTARCTICA = '010';

/** What every country shape needs from the map; a new value re-renders the shapes only. */
export interface ShapeData {
  stats: Map<string, CountryStats>;
  selected: readonly string[];
  classes: readonly ColorClass[];
  label: (code: string) => string;
  onToggle: (code: string) => void;
  showAt: (code: string, clientX: number, clientY: number) => void;
  showAtElement: (code: string, element: Element) => void;
  hideTooltip: () => void;
}

export const ShapeDataContext = createContext<ShapeData | null>(null);

type Feature = Parameters<typeof Geography>[0]['geography'] & {
  id?: string;
  rsmKey: string;
  properties?: { name?: string } | null;
};

/**
 * The countries of world-atlas. Rendered once: react-simple-maps' `Geographies` serialises the
 * whole topology on every render (tens of milliseconds at each filter change), so the shapes
 * read the filter's data from context instead of from its props.
 */
export const CountryShapes = memo(function CountryShapes() {
  return (
    <Geographies geography={GEOGRAPHY}>
      {({ geographies }) =>
        (geographies as Feature[])
          .filter((geo) => geo.id !== ANTARCTICA)
          .map((geo) => <CountryShape key={geo.rsmKey} geo={geo} />)
      }
    </Geographies>
  );
});

function CountryShape({ geo }: { geo: Feature }) {
  const data = useContext(ShapeDataContext);
  if (data === null) return null;
  const { stats, selected, classes, label, onToggle, showAt, showAtElement, hideTooltip } = data;
  const name = geo.properties?.name;
  const code = featureCode(geo.id, name);
  const count = code === null ? 0 : (stats.get(code)?.count ?? 0);
  const isSelected = code !== null && selected.includes(code);
  const shade = shadeFor(count, classes);
  const fill = shade === null ? 'var(--map-empty)' : `var(--map-${shade})`;
  // The de jure country is the control; an extra territory drawn with the same code
  // (N. Cyprus, Somaliland) is coloured alike but not a second button.
  const interactive = code !== null && (count > 0 || isSelected) && !isSecondaryTerritory(name);
  if (!interactive || code === null) {
    return (
      <Geography
        geography={geo}
        tabIndex={-1}
        aria-hidden="true"
        className={isSelected ? 'country is-selected' : 'country'}
        fill={fill}
      />
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
    }
  };
  return (
    <Geography
      geography={geo}
      role="button"
      aria-label={label(code)}
      aria-pressed={isSelected}
      className={isSelected ? 'country is-data is-selected' : 'country is-data'}
      fill={fill}
      onClick={() => onToggle(code)}
      onKeyDown={onKeyDown}
      onMouseMove={(e) => showAt(code, e.clientX, e.clientY)}
      onFocus={(e) => showAtElement(code, e.currentTarget)}
      onBlur={hideTooltip}
    />
  );
}
