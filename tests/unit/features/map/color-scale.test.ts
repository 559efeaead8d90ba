import { describe, expect, it } from 'vitest';
import { colorClasses, shadeFor } from '../../../../src/features/map/color-scale.ts';

describe('colorClasses', () => {
  it('gives each count its own class when there are few, darkest on top', () => {
    expect(colorClasses(2)).toEqual([
      { min: 1, max: 1, shade: 1 },
      { min: 2, max: 2, shade: 5 },
    ]);
  });
  it('uses the darkest shade for a single class', () => {
    expect(colorClasses(1)).toEqual([{ min: 1, max: 1, shade: 5 }]);
  });
  it('covers 1…max in five contiguous classes for large counts', () => {
    const classes = colorClasses(100);
    expect(classes).toHaveLength(5);
    expect(classes[0]?.min).toBe(1);
    expect(classes.at(-1)?.max).toBe(100);
    for (let i = 1; i < classes.length; i++)
      expect(classes[i]?.min).toBe((classes[i - 1]?.max ?? 0) + 1);
    expect(classes.map((c) => c.shade)).toEqual([1, 2, 3, 4, 5]);
  });
  it('is empty with no data', () => {
    expect(colorClasses(0)).toEqual([]);
  });
});

describe('shadeFor', () => {
  it('finds the class of a count, none for zero', () => {
    const classes = colorClasses(10);
    expect(shadeFor(0, classes)).toBeNull();
    expect(shadeFor(1, classes)).toBe(1);
    expect(shadeFor(10, classes)).toBe(5);
  });
});
