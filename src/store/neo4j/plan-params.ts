import { NODE_LABELS, REL_TYPES } from '../../model/graph';
import { FILTERABLE_KEYS, type PlanStep } from '../graph-store';
import { cypherInt } from './values';

/** A plan as cypher/read-plan.cypher takes it: `$plan`, a tree of steps numbered in visiting order. */
export interface PlanParams {
  plan: { children: StepParam[] };
  /** The plan's steps by number, to name each page the statement returns. */
  steps: PlanStep[];
  /** Levels of steps: how many times the statement nests its level fragment. */
  depth: number;
}

interface StepParam {
  step: unknown;
  rel: string;
  direction: string;
  labels: readonly string[];
  whereKey: string | null;
  whereValues: readonly string[];
  afterRank: number | null;
  afterId: string | null;
  limit: unknown;
  children: StepParam[];
}

/** Types, labels and filter keys come from the allow-lists; everything is a parameter. */
export function planParams(top: readonly PlanStep[]): PlanParams {
  const steps: PlanStep[] = [];
  let depth = 0;
  const visit = (step: PlanStep, level: number): StepParam => {
    if (!(REL_TYPES as readonly string[]).includes(step.rel)) throw new Error(`relationship type "${step.rel}" is not in the model`);
    if (step.direction !== 'OUT' && step.direction !== 'IN') throw new Error(`direction "${String(step.direction)}" is not OUT or IN`);
    for (const label of step.labels ?? []) if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`label "${label}" is not in the model`);
    if (step.where && !(FILTERABLE_KEYS as readonly string[]).includes(step.where.key)) throw new Error(`filter on "${step.where.key}" is not allowed`);
    depth = Math.max(depth, level);
    const number = steps.push(step) - 1;
    return {
      step: cypherInt(number), rel: step.rel, direction: step.direction, labels: step.labels ?? [],
      whereKey: step.where?.key ?? null, whereValues: step.where?.values ?? [],
      afterRank: step.after?.rank ?? null, afterId: step.after?.id ?? null, limit: cypherInt(step.limit),
      children: step.children.map((child) => visit(child, level + 1)),
    };
  };
  const children = top.map((step) => visit(step, 1));
  return { plan: { children }, steps, depth };
}
