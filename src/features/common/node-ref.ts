import { OCCUPATION_CODE_PATTERN, OCCUPATION_CODE_RULE, occupationId } from '../../model/ids';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';

/** What a role-or-occupation argument may name, unless told otherwise. */
const ROLE_OR_OCCUPATION: readonly string[] = ['Occupation', 'CareerRole'];

/** The node id an argument names: a node id as it is, or an occupation's SOC code. */
export function nodeRefId(ref: string): string {
  return OCCUPATION_CODE_PATTERN.test(ref) ? occupationId(ref) : ref;
}

/**
 * Raises what resolveNodeRef raises for a ref whose node has `label` (null: no such node), for
 * callers that learn the label along with other reads (careerPaths).
 */
export function checkNodeRef(argument: string, ref: string, label: string | null, labels: readonly string[] = ROLE_OR_OCCUPATION): void {
  if (label === null) throw new NotFoundError(`The ${argument}`, ref);
  if (!labels.includes(label)) {
    throw new BadUserInputError(argument, `"${ref}" is a ${label}; expected one of ${labels.join(', ')}`);
  }
}

/** Resolves an argument naming a role or occupation: a node id, or an occupation's SOC code. */
export async function resolveNodeRef(graph: GraphService, argument: string, ref: string, labels: readonly string[] = ROLE_OR_OCCUPATION): Promise<Entity> {
  const node = await graph.node(nodeRefId(ref));
  checkNodeRef(argument, ref, node?.__label ?? null, labels);
  return node as Entity;
}

/**
 * The occupation a SOC or O*NET-SOC code names, or null: every lookup by code is this one. An
 * O*NET specialty (29-2011.01) is its own occupation; 29-2011.00 is the SOC occupation 29-2011
 * itself. `read`, when given, reads the node instead (a plan that reads it with what is under it).
 */
export async function findOccupation(graph: GraphService, code: string, read?: (id: string) => Promise<Entity | null>): Promise<Entity | null> {
  const id = occupationId(code);
  const occupation = await (read ? read(id) : graph.node(id));
  return occupation?.__label === 'Occupation' ? occupation : null;
}

/** Resolves an occupation by SOC or O*NET-SOC code; a malformed code is bad input, an unknown one NOT_FOUND. */
export async function resolveOccupation(graph: GraphService, argument: string, code: string): Promise<Entity> {
  if (!OCCUPATION_CODE_PATTERN.test(code)) throw new BadUserInputError(argument, `${OCCUPATION_CODE_RULE}, got "${code}"`);
  const occupation = await findOccupation(graph, code);
  if (!occupation) throw new NotFoundError(`The ${argument}`, code);
  return occupation;
}
