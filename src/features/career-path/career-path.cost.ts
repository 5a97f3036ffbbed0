import type { RelType } from '../../model/graph';
import type { FoundPath, PathSearch } from '../../store/graph-store';
import type { CursorKey } from '../common/cursor';
import { compareKeys } from '../common/ranked-page';
import type { CareerStep } from './career-path.type';

/** A candidate path costed on ids alone: ranking needs no node, so only the page's nodes are loaded. */
export interface CostedPath {
  cost: number;
  length: number;
  nodes: string[];
  steps: CostedStep[];
}

export interface CostedStep {
  from: string;
  to: string;
  via: RelType;
  move?: CareerStep['move'];
  weight?: number;
  missingSkills: string[];
  requiredCertifications: string[];
  cost: number;
}

/** Cheapest first, then fewer steps, then by the stops' ids: a path's key is unique. */
export const PATH_RANKING = {
  key: (p: CostedPath): CursorKey => [p.cost, p.length, p.nodes.join(' ')],
  order: ['asc', 'asc', 'asc'] as const,
};

/**
 * Every candidate, cheapest first (PATH_RANKING). A step costs 1, plus each skill the next stop
 * needs that the current one does not, plus each certification it newly requires, plus
 * (1 − weight) for a RELATED_TO step. Missing skills and certifications keep the next stop's
 * order (edge rank, then id).
 */
export function rankPaths(search: PathSearch): CostedPath[] {
  const needs = new Map(search.stops.map((s) => [s.id, s]));
  const costed = search.paths.map((p) => costPath(p, (id) => needs.get(id)));
  return costed.sort((a, b) => compareKeys(PATH_RANKING.key(a), PATH_RANKING.key(b), PATH_RANKING.order));
}

function costPath(p: FoundPath, needsOf: (id: string) => { skills: string[]; certifications: string[] } | undefined): CostedPath {
  const steps = p.rels.map((rel, i): CostedStep => {
    const here = needsOf(p.nodes[i]);
    const next = needsOf(p.nodes[i + 1]);
    const missingSkills = minusIds(next?.skills ?? [], here?.skills ?? []);
    const requiredCertifications = minusIds(next?.certifications ?? [], here?.certifications ?? []);
    const weight = typeof rel.props.weight === 'number' ? rel.props.weight : undefined;
    const cost = 1 + missingSkills.length + requiredCertifications.length + (rel.type === 'RELATED_TO' ? 1 - (weight ?? 0) : 0);
    return {
      from: p.nodes[i],
      to: p.nodes[i + 1],
      via: rel.type,
      move: rel.props.move as CareerStep['move'],
      weight,
      missingSkills,
      requiredCertifications,
      cost: Math.round(cost * 1000) / 1000,
    };
  });
  const cost = Math.round(steps.reduce((sum, s) => sum + s.cost, 0) * 1000) / 1000;
  return { cost, length: steps.length, nodes: p.nodes, steps };
}

/** `a` minus `b`, keeping `a`'s order (requirements.service's `minus`, on ids). */
function minusIds(a: readonly string[], b: readonly string[]): string[] {
  const drop = new Set(b);
  return a.filter((id) => !drop.has(id));
}
