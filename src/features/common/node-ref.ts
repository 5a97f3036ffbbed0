import { OCCUPATION_CODE_PATTERN, nodeId, occupationKey } from '../../model/ids';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';

/** Resolves an argument naming a role or occupation: a node id, or an occupation's SOC code. */
export async function resolveNodeRef(
  graph: GraphService,
  argument: string,
  ref: string,
  labels: readonly string[] = ['Occupation', 'CareerRole'],
): Promise<Entity> {
  const id = OCCUPATION_CODE_PATTERN.test(ref) ? nodeId.occupation(occupationKey(ref)) : ref;
  const node = await graph.node(id);
  if (!node) throw new NotFoundError(`The ${argument}`, ref);
  if (!labels.includes(node.__label)) {
    throw new BadUserInputError(argument, `"${ref}" is a ${node.__label}; expected one of ${labels.join(', ')}`);
  }
  return node;
}

/** Resolves an occupation by SOC or O*NET-SOC code; a malformed code is bad input, an unknown one NOT_FOUND. */
export async function resolveOccupation(graph: GraphService, argument: string, code: string): Promise<Entity> {
  if (!OCCUPATION_CODE_PATTERN.test(code)) {
    throw new BadUserInputError(argument, `"${code}" is not a SOC code such as 29-2011`);
  }
  return resolveNodeRef(graph, argument, code, ['Occupation']);
}
