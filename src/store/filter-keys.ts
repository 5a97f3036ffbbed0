import { FILTERABLE_KEYS, type ExpandRequest, type PlanStep } from './graph-store';

/**
 * A neighbour filter may name only FILTERABLE_KEYS; the error is the one the Neo4j store
 * gives (src/store/neo4j/plan-statement.ts), so both stores refuse alike.
 */
export function checkFilterKey(where: ExpandRequest['where']): void {
  if (where && !(FILTERABLE_KEYS as readonly string[]).includes(where.key)) throw new Error(`filter on "${where.key}" is not allowed`);
}

/** Every step of a plan, nested ones included, whether or not the plan reaches it (Neo4j checks the whole plan first). */
export function checkPlanFilterKeys(steps: readonly PlanStep[]): void {
  for (const step of steps) {
    checkFilterKey(step.where);
    checkPlanFilterKeys(step.children);
  }
}
