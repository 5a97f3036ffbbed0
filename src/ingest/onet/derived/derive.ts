import type { GraphData, GraphNode } from '../../../model/graph';
import type { Provenance } from '../../../model/provenance';
import type { OnetFacet } from '../context';
import { occupationViews } from './occupation-view';
import { ratingFacts, technologyIdf, technologyIdfSum } from './recommend-facts';
import { mostSimilar, SIMILAR_PER_OCCUPATION, similarityFeatures, similarityRow } from './similarity';
import { estimateSkills } from './skill-estimates';
import { compareText } from '../../../shared/compare';

const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** The derived facets an import of these files adds. */
export function derivedFacets(read: ReadonlySet<OnetFacet>): OnetFacet[] {
  if (!read.has('occupation')) return [];
  return read.has('skill') || read.has('knowledge') ? ['similarity', 'skill-estimate'] : ['similarity'];
}

/**
 * Facts an O*NET release implies, derived once at import from its own files and replaced
 * with it: similar occupations (SIMILAR_TO), estimated skills of occupations it has not rated
 * (ESTIMATED_SKILL), and the per-candidate figures recommendations score on. Adds them to
 * `graph` in place (derivedFacets says which facets).
 */
export function deriveOnetFacts(graph: GraphData, covered: ReadonlySet<OnetFacet>, prov: (facet: OnetFacet) => Provenance): void {
  const views = occupationViews(graph);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const set = (id: string, props: GraphNode['props']) => Object.assign((nodes.get(id) as GraphNode).props, props);
  const estimated = new Map<string, ReturnType<typeof estimateSkills>>();

  if (covered.has('occupation')) {
    const features = similarityFeatures(views);
    views.forEach((view, i) => {
      const row = similarityRow(features, i);
      mostSimilar(features, row, i, SIMILAR_PER_OCCUPATION).forEach((j, rank) => {
        const { similarity, parts } = row[j];
        graph.edges.push({
          type: 'SIMILAR_TO',
          from: view.id,
          to: views[j].id,
          props: {
            similarity: round4(similarity),
            rank,
            derived: true,
            ...prov('similarity'),
            ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [`${k}Similarity`, v === null ? null : round4(v)])),
          },
        });
      });
      if (covered.has('skill') || covered.has('knowledge')) estimated.set(view.id, estimateSkills(features, i));
    });
  }

  for (const view of views) {
    const estimate = estimated.get(view.id) ?? null;
    if (estimate) {
      [...estimate.ratings]
        .sort(([a, x], [b, y]) => y.importance - x.importance || compareText(a, b))
        .forEach(([skill, r], rank) => {
          graph.edges.push({
            type: 'ESTIMATED_SKILL',
            from: view.id,
            to: skill,
            props: { importance: r.importance, level: r.level, rank: 1000 + rank, derived: true, ...prov('skill-estimate') },
          });
        });
    }
    if (estimated.size > 0) set(view.id, { skillsEstimatedFrom: estimate ? estimate.from : null });
    if (covered.has('skill') || covered.has('knowledge') || estimate) {
      const facts = ratingFacts(view.ratings.size > 0 ? view.ratings : (estimate?.ratings ?? new Map()));
      set(view.id, { skillImportanceMean: facts?.skillImportanceMean ?? null, skillWeightNorm: facts?.skillWeightNorm ?? null });
    }
  }

  if (covered.has('technology')) {
    const idf = technologyIdf(views);
    for (const [id, value] of idf) set(id, { idf: value });
    for (const view of views) set(view.id, { technologyIdfSum: technologyIdfSum(view, idf) });
  }
}
