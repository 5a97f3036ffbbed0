import { nodeId } from '../../model/ids';
import { eachRow, type ImportContext, type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from './problems';
import { decimal, flag, text } from './values';

const ELEMENT_ID = /^\d+(?:\.[A-Za-z0-9]+)*$/;

interface Rating {
  skillId: string;
  name: string;
  importance?: number;
  level?: number;
  suppressed: boolean;
  notRelevant: boolean;
}

/** `2.A.1.a` → `skill:onet-2-a-1-a`. */
export function elementSkillId(elementId: string): string {
  return nodeId.skill(`onet-${elementId.toLowerCase().replace(/\./g, '-')}`);
}

/**
 * Skills or Knowledge (same layout): each element is a Skill node; each occupation gets one
 * REQUIRES_SKILL edge per element joining its IM (importance 1-5) and LV (level 0-7) rows.
 * Rows O*NET flags Recommend Suppress (imprecise estimate) or Not Relevant (level moot) are
 * kept, values and all, and marked `suppressed` / `notRelevant` for the API to hide or show.
 * Ranks start at 1000 so a profile's own curated skills (0, 1, ...) list first.
 */
export function skillsMapper(category: 'O*NET Skill' | 'O*NET Knowledge'): Mapper {
  return (file, cols, ctx) => {
    const ratings = new Map<OccupationRecord, Map<string, Rating>>();
    eachRow(file, ctx.log, (row) => {
      const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
      const elementId = text('Element ID', cols.get(row, 'Element ID'));
      if (!ELEMENT_ID.test(elementId)) throw new RowError('unknown-value', `Element ID "${elementId}" is not a content model id (e.g. 2.A.1.a)`);
      const name = text('Element Name', cols.get(row, 'Element Name'));
      const scale = cols.get(row, 'Scale ID');
      if (scale !== 'IM' && scale !== 'LV') throw new RowError('unknown-value', `Scale ID "${scale}" is not one of "IM", "LV"`);
      const value = cols.get(row, 'Data Value');
      const suppressed = flag('Recommend Suppress', cols.opt(row, 'Recommend Suppress')) === true;
      const notRelevant = flag('Not Relevant', cols.opt(row, 'Not Relevant')) === true;
      const skillId = elementSkillId(elementId);
      const byElement = ratings.get(occupation) ?? new Map<string, Rating>();
      const r = byElement.get(skillId) ?? { skillId, name, suppressed: false, notRelevant: false };
      if ((scale === 'IM' ? r.importance : r.level) !== undefined) {
        throw new RowError('duplicate', `${occupation.onetCode} rates ${elementId} on ${scale} twice`);
      }
      if (scale === 'IM') r.importance = decimal('Data Value', value, 1, 5);
      else r.level = decimal('Data Value', value, 0, 7);
      r.suppressed ||= suppressed;
      r.notRelevant ||= notRelevant;
      byElement.set(skillId, r);
      ratings.set(occupation, byElement);
      if (!ctx.graph.hasNode(skillId)) {
        ctx.graph.node(skillId, 'Skill', { name, category, elementId, description: ctx.reference.elementDescriptions.get(elementId) });
      }
    });
    writeEdges(ratings, ctx);
  };
}

function writeEdges(ratings: Map<OccupationRecord, Map<string, Rating>>, ctx: ImportContext): void {
  for (const [occupation, byElement] of ratings) {
    const list = [...byElement.values()].sort(
      (a, b) => (b.importance ?? 0) - (a.importance ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    list.forEach((r, position) => {
      ctx.graph.edge('REQUIRES_SKILL', occupation.id, r.skillId, {
        importance: r.importance, level: r.level, rank: 1000 + position, source: ctx.source,
        suppressed: r.suppressed || undefined, notRelevant: r.notRelevant || undefined,
      });
    });
  }
}
