import type { ExpandRequest, GraphStore, PlanPage, PlanResult, PlanStep } from './graph-store';

/** A step's request under one parent. */
export function stepRequest(step: PlanStep, parentId: string): ExpandRequest {
  // Made for every parent of every step (hundreds per full profile): built field by field.
  return { id: parentId, rel: step.rel, direction: step.direction, labels: step.labels, where: step.where, after: step.after, limit: step.limit };
}

/**
 * A plan answered with `getNodes` and one `expand` batch per level: for a store whose calls
 * cost no round trip (the in-memory one), the pages are exactly those `expand` gives.
 */
export async function walkPlan(store: Pick<GraphStore, 'getNodes' | 'expand'>, rootIds: readonly string[], steps: readonly PlanStep[]): Promise<PlanResult> {
  const roots = await store.getNodes(rootIds);
  const pages: PlanPage[] = [];
  let level = rootIds.flatMap((id, i) => (roots[i] ? steps.map((step) => ({ step, parentId: id })) : []));
  while (level.length > 0) {
    const found = await store.expand(level.map(({ step, parentId }) => stepRequest(step, parentId)));
    const next: Array<{ step: PlanStep; parentId: string }> = [];
    level.forEach(({ step, parentId }, i) => {
      pages.push({ step, parentId, page: found[i] });
      for (const child of step.children) for (const item of found[i].items) next.push({ step: child, parentId: item.node.id });
    });
    level = next;
  }
  return { roots, pages };
}
