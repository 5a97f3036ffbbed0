import { nodeId } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { decimal, text } from '../common/values';
import { flag } from './values';
import { compareText } from '../../shared/compare';

interface StyleRating {
  traitId: string;
  name: string;
  importance: number;
  suppressed: boolean;
}

/** `1.C.5.b` (Attention to Detail) → `trait:onet-1-c-5-b`. */
export function workStyleTraitId(elementId: string): string {
  return nodeId.trait(`onet-${elementId.toLowerCase().replace(/\./g, '-')}`);
}

/**
 * Work Styles: the personal characteristics an occupation asks for are the traits it suits.
 * Each style is a Trait node (kind WORK_STYLE, with O*NET's description); each occupation
 * SUITS it with O*NET's importance (1-5), most important first. Ranks start at 1000 so the
 * curated traits of a profile ("detail-oriented and meticulous person") list first; the
 * curated mappings (seeds/mappings/) say which work style each curated trait is.
 */
export const mapWorkStyles: Mapper = (file, cols, ctx) => {
  const ratings = new Map<OccupationRecord, StyleRating[]>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const scale = cols.get(row, 'Scale ID');
    if (scale !== 'IM') throw new RowError('unknown-value', `Scale ID "${scale}" is not "IM"`);
    const elementId = text('Element ID', cols.get(row, 'Element ID'));
    const name = text('Element Name', cols.get(row, 'Element Name'));
    const traitId = workStyleTraitId(elementId);
    const list = ratings.get(occupation) ?? [];
    if (list.some((r) => r.traitId === traitId)) throw new RowError('duplicate', `${occupation.onetCode} rates ${elementId} twice`);
    list.push({
      traitId,
      name,
      importance: decimal('Data Value', cols.get(row, 'Data Value'), 1, 5),
      suppressed: flag('Recommend Suppress', cols.opt(row, 'Recommend Suppress')) === true,
    });
    ratings.set(occupation, list);
    if (!ctx.graph.hasNode(traitId)) {
      ctx.graph.node(
        traitId,
        'Trait',
        {
          name,
          kind: 'WORK_STYLE',
          elementId,
          description: ctx.reference.elementDescriptions.get(elementId) ?? null,
          ...ctx.prov('work-style'),
        },
        [],
        true,
      );
    }
  });
  for (const [occupation, list] of ratings) {
    list.sort((a, b) => b.importance - a.importance || compareText(a.name, b.name));
    list.forEach((r, position) => {
      ctx.graph.edge('SUITS', occupation.id, r.traitId, {
        importance: r.importance,
        suppressed: r.suppressed || undefined,
        rank: 1000 + position,
        ...ctx.prov('work-style'),
      });
    });
  }
};
