import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GraphData, GraphEdge } from '../model/graph';
import { isSlug, nodeId, OCCUPATION_CODE_PATTERN, occupationKey } from '../model/ids';

const mappingsSchema = z.object({
  description: z.string(),
  mappings: z.array(
    z.object({
      role: z.string().refine(isSlug, 'must be a role key'),
      occupation: z.string().regex(OCCUPATION_CODE_PATTERN, 'must be a SOC or O*NET-SOC code'),
      evidence: z.string().min(1),
    }),
  ),
});


/**
 * Curated role → O*NET occupation links (seeds/mappings/role-occupations.json), as MAPS_TO
 * edges; a mapping whose ends are not both in `graph` is left out, so seeds load on their own.
 */
export function roleMappingEdges(file: string, graph: GraphData): GraphEdge[] {
  const parsed = mappingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} at ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  return parsed.data.mappings
    .map((m, rank) => ({
      type: 'MAPS_TO' as const,
      from: nodeId.role(m.role),
      to: nodeId.occupation(occupationKey(m.occupation)),
      props: { rank, curated: true, evidence: m.evidence },
    }))
    .filter((e) => ids.has(e.from) && ids.has(e.to));
}
