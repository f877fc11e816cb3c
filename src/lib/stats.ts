// Small statistics for the comparisons: the Wilson score interval of a proportion, and quantiles
// by linear interpolation between order statistics (R's and Excel's default, "type 7"), so the
// figures can be checked by hand or in a spreadsheet.

/** A proportion with its 95% Wilson score interval; null of nothing. */
export interface Proportion {
  part: number;
  base: number;
  rate: number;
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

export function proportion(part: number, base: number, z = Z95): Proportion | null {
  if (base <= 0) return null;
  const p = part / base;
  const z2 = z * z;
  const centre = (p + z2 / (2 * base)) / (1 + z2 / base);
  const half = (z / (1 + z2 / base)) * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base));
  return { part, base, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The q-quantile (0..1) of sorted values, interpolating linearly; null of none. */
export function quantileSorted(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export interface Spread {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Minimum, quartiles and maximum of a list of amounts; null of none. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25)!,
    median: quantileSorted(sorted, 0.5)!,
    q3: quantileSorted(sorted, 0.75)!,
    max: sorted.at(-1)!,
  };
}
