import type { Rating } from './occupation-view';
import { mostSimilar, similarityRow, type SimilarityFeatures } from './similarity';

/** Rated occupations an estimate is drawn from. */
export const ESTIMATE_NEIGHBOURS = 10;

export interface SkillEstimate {
  ratings: Map<string, Rating>;
  from: string[];
}

/**
 * Estimated ratings for an occupation O*NET has not rated but whose tasks or technologies it
 * lists (Software Developers, 15-1252, in 29.3): each skill's importance and level are the
 * similarity-weighted means over its ESTIMATE_NEIGHBOURS most similar rated occupations. They
 * let recommendations rank it, flagged as estimated; its `skills` list stays empty, and
 * `dataCoverage` says O*NET has not rated it. Null when there is nothing to compare it on.
 */
export function estimateSkills(f: SimilarityFeatures, i: number): SkillEstimate | null {
  const view = f.views[i];
  // An occupation known only by its title and description is too thin to estimate from.
  if (view.ratings.size > 0 || (view.tasks === 0 && view.technologies.size === 0)) return null;
  const row = similarityRow(f, i);
  const neighbours = mostSimilar(f, row, i, ESTIMATE_NEIGHBOURS, (j) => f.views[j].ratings.size > 0);
  if (neighbours.length === 0) return null;
  const sums = new Map<string, { importance: number; weight: number; level: number; levelWeight: number }>();
  for (const j of neighbours) {
    const s = Math.max(row[j].similarity, 1e-6);
    for (const [skill, r] of f.views[j].ratings) {
      const a = sums.get(skill) ?? { importance: 0, weight: 0, level: 0, levelWeight: 0 };
      a.importance += s * r.importance;
      a.weight += s;
      if (r.level !== null) {
        a.level += s * r.level;
        a.levelWeight += s;
      }
      sums.set(skill, a);
    }
  }
  const ratings = new Map<string, Rating>();
  for (const [skill, a] of sums) {
    ratings.set(skill, { importance: round2(a.importance / a.weight), level: a.levelWeight > 0 ? round2(a.level / a.levelWeight) : null });
  }
  return { ratings, from: neighbours.map((j) => f.views[j].id) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
