export interface ColorClass {
  /** Inclusive bounds of the counts in this class. */
  min: number;
  max: number;
  /** 1 (lightest) … 5 (darkest): the index of the CSS colour variable `--map-N`. */
  shade: number;
}

const SHADES = 5;

/**
 * A sequential scale of up to five classes over 1…max. With few distinct counts each count is its
 * own class; shades spread over the full ramp so the top class is always the darkest.
 */
export function colorClasses(max: number): ColorClass[] {
  if (max < 1) return [];
  const classes = Math.min(SHADES, max);
  const result: ColorClass[] = [];
  let min = 1;
  for (let i = 1; i <= classes; i++) {
    const upper = Math.round((max * i) / classes);
    if (upper < min) continue;
    const shade = classes === 1 ? SHADES : Math.round(1 + ((i - 1) * (SHADES - 1)) / (classes - 1));
    result.push({ min, max: upper, shade });
    min = upper + 1;
  }
  return result;
}

export function shadeFor(count: number, classes: readonly ColorClass[]): number | null {
  if (count < 1) return null;
  return classes.find((c) => count >= c.min && count <= c.max)?.shade ?? null;
}
