import type { OccupationView } from './occupation-view';
import { tfidfVectors, tokens, type SparseVector } from './text-vectors';
import { compareText } from '../../../shared/compare';

/**
 * Occupation similarity, without O*NET's related-occupation lists (the ground truth it is
 * measured against, bench/RESULTS.md). A pair's similarity is Σ w_f·s_f / Σ w_f over the
 * features BOTH occupations have, so it is symmetric and an unrated occupation is compared
 * on what it has:
 * - text (32): cosine of TF-IDF vectors of title, alternate titles, description and tasks;
 * - skills (4): cosine of skill and knowledge importances, each z-scored against its national
 *   mean and spread;
 * - interests (2): cosine of the six RIASEC scores, centred on the occupation's own mean;
 * - jobZone (2): 1 − |difference| / 4;
 * - soc (1): 1 same SOC code, 0.75 same broad group, 0.5 same minor group, 0.25 same major group.
 * Weights were chosen on one random half of the rated occupations and checked on the other.
 */
export const SIMILARITY_WEIGHTS = { text: 32, skills: 4, interests: 2, jobZone: 2, soc: 1 } as const;
export type SimilarityFeature = keyof typeof SIMILARITY_WEIGHTS;

/** Similar occupations stored per occupation (SIMILAR_TO edges): what similarOccupations pages through. */
export const SIMILAR_PER_OCCUPATION = 20;

export interface SimilarityFeatures {
  views: readonly OccupationView[];
  text: Array<SparseVector | null>;
  postings: number[][];
  skills: Array<Float64Array | null>;
  interests: Array<Float64Array | null>;
}

export function similarityFeatures(views: readonly OccupationView[]): SimilarityFeatures {
  const { vectors, postings } = tfidfVectors(views.map((v) => tokens(v.text.join(' '))));
  const elements = [...new Set(views.flatMap((v) => [...v.ratings.keys()]))].sort();
  const national = elements.map((e) => {
    const values = views.flatMap((v) => (v.ratings.has(e) ? [(v.ratings.get(e) as { importance: number }).importance] : []));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    return { mean, sd };
  });
  const skills = views.map((v) => {
    if (v.ratings.size === 0) return null;
    return unit(Float64Array.from(elements, (e, k) => (v.ratings.has(e) ? ((v.ratings.get(e)?.importance as number) - national[k].mean) / national[k].sd : 0)));
  });
  const interests = views.map((v) => {
    if (!v.interests) return null;
    const mean = v.interests.reduce((a, b) => a + b, 0) / v.interests.length;
    return unit(Float64Array.from(v.interests, (x) => x - mean));
  });
  return { views, text: vectors, postings, skills, interests };
}

export function socSimilarity(a: string, b: string): number {
  if (a.slice(0, 7) === b.slice(0, 7)) return 1;
  if (a.slice(0, 6) === b.slice(0, 6)) return 0.75;
  if (a.slice(0, 5) === b.slice(0, 5)) return 0.5;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.25;
  return 0;
}

export interface SimilarityParts {
  similarity: number;
  parts: Record<SimilarityFeature, number | null>;
}

/** Occupation i against every occupation (itself included: callers skip it). */
export function similarityRow(f: SimilarityFeatures, i: number): SimilarityParts[] {
  const n = f.views.length;
  const text = new Float64Array(n);
  const mine = f.text[i];
  if (mine) {
    mine.ids.forEach((id, k) => {
      const list = f.postings[id];
      for (let q = 0; q < list.length; q += 2) text[list[q]] += mine.weights[k] * list[q + 1];
    });
  }
  const w = SIMILARITY_WEIGHTS;
  const me = f.views[i];
  return f.views.map((other, j) => {
    const parts: SimilarityParts['parts'] = {
      text: mine && f.text[j] ? text[j] : null,
      skills: f.skills[i] && f.skills[j] ? dot(f.skills[i] as Float64Array, f.skills[j] as Float64Array) : null,
      interests: f.interests[i] && f.interests[j] ? dot(f.interests[i] as Float64Array, f.interests[j] as Float64Array) : null,
      jobZone: me.jobZone !== null && other.jobZone !== null ? 1 - Math.abs(me.jobZone - other.jobZone) / 4 : null,
      soc: socSimilarity(me.onetCode, other.onetCode),
    };
    let sum = 0;
    let weights = 0;
    for (const feature of Object.keys(w) as SimilarityFeature[]) {
      const value = parts[feature];
      if (value === null) continue;
      sum += w[feature] * value;
      weights += w[feature];
    }
    return { similarity: weights > 0 ? sum / weights : 0, parts };
  });
}

/** The k most similar to i, best first, ties by id; never i itself; `keep` filters candidates. */
export function mostSimilar(f: SimilarityFeatures, row: readonly SimilarityParts[], i: number, k: number, keep?: (j: number) => boolean): number[] {
  const candidates: number[] = [];
  for (let j = 0; j < row.length; j++) if (j !== i && (!keep || keep(j))) candidates.push(j);
  candidates.sort((a, b) => row[b].similarity - row[a].similarity || compareText(f.views[a].id, f.views[b].id));
  return candidates.slice(0, k);
}

function unit(v: Float64Array): Float64Array | null {
  const norm = Math.sqrt(dot(v, v));
  return norm === 0 ? null : v.map((x) => x / norm);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
