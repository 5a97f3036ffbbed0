import { nodeId } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type ImportContext, type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { decimal, text } from '../common/values';
import { flag } from './values';

const ELEMENT_ID = /^\d+(?:\.[A-Za-z0-9]+)*$/;

interface Rating {
  skillId: string;
  name: string;
  importance?: number;
  level?: number;
  /** Recommend Suppress on the IM row: the importance is too imprecise to use. */
  suppressed: boolean;
  /** Recommend Suppress on the LV row. */
  levelSuppressed: boolean;
  /** Not Relevant on the LV row: O*NET judges the level moot (the importance is low). */
  notRelevant: boolean;
}

/** `2.A.1.a` → `skill:onet-2-a-1-a`. */
export function elementSkillId(elementId: string): string {
  return nodeId.skill(`onet-${elementId.toLowerCase().replace(/\./g, '-')}`);
}

const KINDS = {
  'O*NET Skill': { kind: 'SKILL', facet: 'skill' },
  'O*NET Knowledge': { kind: 'KNOWLEDGE', facet: 'knowledge' },
} as const;

/**
 * Skills or Knowledge (same layout): each element is a Skill node (kind SKILL or KNOWLEDGE);
 * each occupation gets one REQUIRES_SKILL edge per element joining its IM (importance 1-5)
 * and LV (level 0-7) rows. O*NET's flags are kept per row, values and all: `suppressed`
 * (Recommend Suppress on the importance: the rating does not count anywhere),
 * `levelSuppressed` and `notRelevant` (the level is not used). Ranks start at 1000 so a
 * profile's own curated skills (0, 1, ...) list first.
 */
export function skillsMapper(category: keyof typeof KINDS): Mapper {
  const { kind, facet } = KINDS[category];
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
      const r = byElement.get(skillId) ?? { skillId, name, suppressed: false, levelSuppressed: false, notRelevant: false };
      if ((scale === 'IM' ? r.importance : r.level) !== undefined) {
        throw new RowError('duplicate', `${occupation.onetCode} rates ${elementId} on ${scale} twice`);
      }
      if (scale === 'IM') {
        r.importance = decimal('Data Value', value, 1, 5);
        r.suppressed ||= suppressed;
      } else {
        r.level = decimal('Data Value', value, 0, 7);
        r.levelSuppressed ||= suppressed;
      }
      r.notRelevant ||= notRelevant;
      byElement.set(skillId, r);
      ratings.set(occupation, byElement);
      if (!ctx.graph.hasNode(skillId)) {
        ctx.graph.node(
          skillId,
          'Skill',
          {
            name,
            category,
            kind,
            elementId,
            description: ctx.reference.elementDescriptions.get(elementId) ?? null,
            ...ctx.prov(facet),
          },
          [],
          true,
        );
      }
    });
    writeEdges(ratings, ctx, facet);
  };
}

function writeEdges(ratings: Map<OccupationRecord, Map<string, Rating>>, ctx: ImportContext, facet: 'skill' | 'knowledge'): void {
  for (const [occupation, byElement] of ratings) {
    const list = [...byElement.values()].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    list.forEach((r, position) => {
      ctx.graph.edge('REQUIRES_SKILL', occupation.id, r.skillId, {
        importance: r.importance,
        level: r.level,
        rank: 1000 + position,
        ...ctx.prov(facet),
        suppressed: r.suppressed || undefined,
        levelSuppressed: r.levelSuppressed || undefined,
        notRelevant: r.notRelevant || undefined,
      });
    });
  }
}
