import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import { featureCode, isSecondaryTerritory } from '../../../../src/features/map/geo-codes.ts';

describe('featureCode', () => {
  it('maps ISO numeric ids to alpha-2, zero-padded or not', () => {
    expect(featureCode('860', 'Uzbekistan')).toBe('UZ');
    expect(featureCode(70, 'Bosnia and Herz.')).toBe('BA');
  });

  it('handles the territories world-atlas draws without an id', () => {
    expect(featureCode(undefined, 'Kosovo')).toBe('XK');
    expect(featureCode(undefined, 'N. Cyprus')).toBe('CY');
    expect(featureCode(undefined, 'Somaliland')).toBe('SO');
    expect(isSecondaryTerritory('N. Cyprus')).toBe(true);
    expect(isSecondaryTerritory('Kosovo')).toBe(false);
  });

  it('gives every feature of the bundled geometry a code (nothing silently lost)', () => {
    const geometries = (
      topology as unknown as {
        objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
      }
    ).objects.countries.geometries;
    const lost = geometries.filter((g) => featureCode(g.id, g.properties.name) === null);
    expect(lost.map((g) => g.properties.name)).toEqual([]);
  });
});
