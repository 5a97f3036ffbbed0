import { nodeId, slugify } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { integer, text } from '../common/values';
import { flag } from './values';

interface Use {
  skillId: string;
  example: string;
  commodityCode: number;
  commodityTitle: string;
  hot?: boolean;
  inDemand?: boolean;
}

/** `C`, `C#` and `C++` must not share a slug. */
export function technologyKey(example: string): string {
  return `tech-${slugify(example.replace(/#/g, ' sharp ').replace(/\+/g, ' plus '))}`;
}

/**
 * Technology Skills → Skill {kind: TECHNOLOGY} nodes keyed by the product (Example), and
 * USES_TECHNOLOGY edges. O*NET files ~150 products under different commodities for
 * different occupations, so the edge carries this occupation's commodity and the node the
 * one most occupations use (ties: lowest code). Listing order: in demand, hot, then name.
 */
export const mapTechnologySkills: Mapper = (file, cols, ctx) => {
  const uses = new Map<OccupationRecord, Use[]>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const example = text('Example', cols.get(row, 'Example'));
    const key = technologyKey(example);
    if (key === 'tech-') throw new RowError('unknown-value', `Example "${example}" has no letters or digits to key it by`);
    const skillId = nodeId.skill(key);
    const list = uses.get(occupation) ?? [];
    if (list.some((u) => u.skillId === skillId)) throw new RowError('duplicate', `${occupation.onetCode} lists "${example}" twice`);
    list.push({
      skillId,
      example,
      commodityCode: integer('Commodity Code', cols.get(row, 'Commodity Code'), 0),
      commodityTitle: text('Commodity Title', cols.get(row, 'Commodity Title')),
      hot: flag('Hot Technology', cols.opt(row, 'Hot Technology')),
      inDemand: flag('In Demand', cols.opt(row, 'In Demand')),
    });
    uses.set(occupation, list);
  });
  writeNodes([...uses.values()].flat(), ctx);
  const hasHot = cols.has('Hot Technology');
  const hasInDemand = cols.has('In Demand');
  for (const [occupation, list] of uses) {
    list.sort((a, b) => score(b) - score(a) || compare(a.example, b.example));
    list.forEach((u, rank) => {
      ctx.graph.edge('USES_TECHNOLOGY', occupation.id, u.skillId, {
        hotTechnology: hasHot ? u.hot === true : undefined,
        inDemand: hasInDemand ? u.inDemand === true : undefined,
        commodityCode: u.commodityCode,
        commodityTitle: u.commodityTitle,
        rank,
        ...ctx.prov('technology'),
      });
    });
  }
};

function writeNodes(all: readonly Use[], ctx: Parameters<Mapper>[2]): void {
  const votes = new Map<string, Map<number, { title: string; count: number; example: string }>>();
  for (const u of all) {
    const byCode = votes.get(u.skillId) ?? new Map();
    const v = byCode.get(u.commodityCode) ?? { title: u.commodityTitle, count: 0, example: u.example };
    v.count += 1;
    byCode.set(u.commodityCode, v);
    votes.set(u.skillId, byCode);
  }
  for (const [skillId, byCode] of votes) {
    const [code, best] = [...byCode].sort(([ca, a], [cb, b]) => b.count - a.count || ca - cb)[0];
    ctx.graph.node(
      skillId,
      'Skill',
      {
        name: best.example,
        category: best.title,
        commodityCode: code,
        kind: 'TECHNOLOGY',
        ...ctx.prov('technology'),
      },
      [best.title],
    );
  }
}

function score(u: Use): number {
  return (u.inDemand ? 2 : 0) + (u.hot ? 1 : 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
