import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { GraphEdge } from '../model/graph';
import { isSlug, nodeId, OCCUPATION_CODE_PATTERN, occupationKey } from '../model/ids';

const description = z.string();
const evidence = z.string().min(1);

/**
 * The curated mapping files of seeds/mappings/: each maps a curated node to the published
 * node it is, as a MAPS_TO edge marked curated, with its evidence.
 */
const MAPPING_FILES = {
  'role-occupations.json': z.object({
    description,
    mappings: z.array(
      z
        .object({
          role: z.string().refine(isSlug, 'must be a role key'),
          occupation: z.string().regex(OCCUPATION_CODE_PATTERN, 'must be a SOC or O*NET-SOC code'),
          evidence,
        })
        .transform((m) => ({ from: nodeId.role(m.role), to: nodeId.occupation(occupationKey(m.occupation)), evidence: m.evidence })),
    ),
  }),
  'trait-work-styles.json': z.object({
    description,
    mappings: z.array(
      z
        .object({
          trait: z.string().refine(isSlug, 'must be a trait key'),
          workStyle: z.string().regex(/^1\.C(?:\.\d+)?(?:\.[a-z])?$/, 'must be an O*NET work-style element id such as 1.C.5.b'),
          evidence,
        })
        .transform((m) => ({
          from: nodeId.trait(m.trait),
          to: nodeId.trait(`onet-${m.workStyle.toLowerCase().replace(/\./g, '-')}`),
          evidence: m.evidence,
        })),
    ),
  }),
} as const;

/**
 * MAPS_TO edges from every mapping file in `dir`. The caller leaves out a mapping whose ends
 * are not both loaded, so seeds load on their own.
 */
export function curatedMappings(dir: string): GraphEdge[] {
  return Object.entries(MAPPING_FILES).flatMap(([name, schema]) => {
    const file = join(dir, name);
    if (!existsSync(file)) return [];
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} at ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data.mappings.map((m, rank) => ({ type: 'MAPS_TO' as const, from: m.from, to: m.to, props: { rank, curated: true, evidence: m.evidence } }));
  });
}
