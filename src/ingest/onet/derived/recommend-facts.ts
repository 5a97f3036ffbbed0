import type { OccupationView, Rating } from './occupation-view';

/**
 * Facts recommendations score a candidate on, kept on its node at import so a request reads
 * them instead of every rating (src/features/recommend/scoring.ts says how they are used):
 * - skillImportanceMean: the mean importance of its usable skill and knowledge ratings;
 * - skillWeightNorm: the length of its distinctiveness vector, w(s) = max(0, importance − mean);
 * - technologyIdfSum: Σ idf of its technologies, idf = ln(occupations with any technology /
 *   occupations listing this one), kept on each technology node as `idf`.
 */
export function ratingFacts(ratings: ReadonlyMap<string, Rating>): { skillImportanceMean: number; skillWeightNorm: number } | null {
  if (ratings.size === 0) return null;
  let mean = 0;
  for (const r of ratings.values()) mean += r.importance;
  mean /= ratings.size;
  let squares = 0;
  for (const r of ratings.values()) squares += Math.max(0, r.importance - mean) ** 2;
  return { skillImportanceMean: round6(mean), skillWeightNorm: round6(Math.sqrt(squares)) };
}

/** idf of every technology the views list. */
export function technologyIdf(views: readonly OccupationView[]): Map<string, number> {
  const listing = views.filter((v) => v.technologies.size > 0);
  const df = new Map<string, number>();
  for (const v of listing) for (const t of v.technologies.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, n]) => [t, round6(Math.log(listing.length / n))]));
}

export function technologyIdfSum(view: OccupationView, idf: ReadonlyMap<string, number>): number | null {
  if (view.technologies.size === 0) return null;
  let sum = 0;
  for (const t of view.technologies.keys()) sum += idf.get(t) ?? 0;
  return round6(sum);
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
