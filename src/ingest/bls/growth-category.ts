/**
 * How a projected change compares with the average for all occupations, in the words of the
 * Occupational Outlook Handbook ("faster than the average for all occupations").
 *
 * BLS's own ranges behind those words for the 2022-32 edition were not found (searched for
 * the OOH's "how to interpret" and glossary pages). The last tables found are older editions',
 * e.g. https://webarchive.library.unt.edu/eot2008/20080917062239/http:/www.bls.gov/oco/oco20016.htm
 * (2006-16, average about 10%: as fast as average 7 to 13%, little or no change -2 to 2%):
 * a band around the average, and a fixed band around zero. This is our rule of that shape, in
 * percentage points, with g the published change and A the all-occupation change read from the
 * same file (2.8 for 2022-32):
 *   MUCH_FASTER          g ≥ A + 5
 *   FASTER               A + 1 < g < A + 5
 *   AVERAGE              A - 1 ≤ g ≤ A + 1
 *   SLOWER               1 ≤ g < A - 1
 *   LITTLE_OR_NO_CHANGE  -1 < g < 1
 *   DECLINE              g ≤ -1
 */
export const GROWTH_CATEGORIES = ['MUCH_FASTER', 'FASTER', 'AVERAGE', 'SLOWER', 'LITTLE_OR_NO_CHANGE', 'DECLINE'] as const;
export type GrowthCategory = (typeof GROWTH_CATEGORIES)[number];

/** Compared in tenths of a point, as published, so 2.8 + 1 is exactly 3.8. */
const tenths = (percent: number) => Math.round(percent * 10);

export function growthCategory(percent: number, average: number): GrowthCategory {
  const g = tenths(percent);
  const a = tenths(average);
  if (g >= a + 50) return 'MUCH_FASTER';
  if (g > a + 10) return 'FASTER';
  if (g >= a - 10) return 'AVERAGE';
  if (g >= 10) return 'SLOWER';
  if (g > -10) return 'LITTLE_OR_NO_CHANGE';
  return 'DECLINE';
}

const WORDS: Record<GrowthCategory, string> = {
  MUCH_FASTER: 'much faster than',
  FASTER: 'faster than',
  AVERAGE: 'about as fast as',
  SLOWER: 'slower than',
  LITTLE_OR_NO_CHANGE: 'little or no change, against',
  DECLINE: 'a decline, against',
};

/** "faster than the average for all occupations (2.8%)". */
export function comparisonOf(category: GrowthCategory, average: number): string {
  return `${WORDS[category]} the average for all occupations (${average.toFixed(1)}%)`;
}
