import type { PlanStep } from '../graph-store';
import { checkStep } from './plan-statement';
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
    checkStep(step);
    depth = Math.max(depth, level);
    const number = steps.push(step) - 1;
    return {
      step: cypherInt(number),
      rel: step.rel,
      direction: step.direction,
      labels: step.labels ?? [],
      whereKey: step.where?.key ?? null,
      whereValues: step.where?.values ?? [],
      afterRank: step.after?.rank ?? null,
      afterId: step.after?.id ?? null,
      limit: cypherInt(step.limit),
      children: step.children.map((child) => visit(child, level + 1)),
    };
  };
  const children = top.map((step) => visit(step, 1));
  return { plan: { children }, steps, depth };
}
