import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { integer, oneOf } from '../common/values';

/**
 * O*NET's relatedness tiers, best first. `weight` is a plain per-tier score in (0, 1] for
 * ranking or scoring paths: 1 for the closest five, 0.75 for the next five, 0.5 for the
 * supplemental ten. No decay by index: `rank` already keeps O*NET's order within a tier.
 */
const TIERS = {
  'Primary-Short': { tier: 'PRIMARY_SHORT', order: 0, weight: 1 },
  'Primary-Long': { tier: 'PRIMARY_LONG', order: 1, weight: 0.75 },
  Supplemental: { tier: 'SUPPLEMENTAL', order: 2, weight: 0.5 },
} as const;

type Tier = (typeof TIERS)[keyof typeof TIERS];

interface Related {
  to: OccupationRecord;
  tier: Tier;
  index: number;
}

/** Related Occupations → RELATED_TO {tier, index, weight, rank, source}; rank = tier, then index. */
export const mapRelatedOccupations: Mapper = (file, cols, ctx) => {
  const byOccupation = new Map<OccupationRecord, Related[]>();
  eachRow(file, ctx.log, (row) => {
    const from = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const to = ctx.occupations.require('Related O*NET-SOC Code', cols.get(row, 'Related O*NET-SOC Code'));
    if (from === to) throw new RowError('unknown-value', `${from.onetCode} is related to itself`);
    const tier = oneOf('Relatedness Tier', cols.get(row, 'Relatedness Tier'), TIERS);
    const index = integer('Index', cols.get(row, 'Index'), 1);
    const list = byOccupation.get(from) ?? [];
    if (list.some((r) => r.to === to)) throw new RowError('duplicate', `${from.onetCode} → ${to.onetCode} is listed twice`);
    list.push({ to, tier, index });
    byOccupation.set(from, list);
  });
  for (const [from, list] of byOccupation) {
    list.sort((a, b) => a.tier.order - b.tier.order || a.index - b.index);
    list.forEach((r, rank) => {
      ctx.graph.edge('RELATED_TO', from.id, r.to.id, {
        tier: r.tier.tier,
        index: r.index,
        weight: r.tier.weight,
        rank,
        ...ctx.prov('related-occupation'),
      });
    });
  }
};
