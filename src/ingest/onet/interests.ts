import { nodeId, slugify } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { decimal, text } from '../common/values';

/** Holland's RIASEC interests in O*NET's element order; a high-point value 1-6 names one. */
const RIASEC = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'] as const;
const HIGH_POINTS: Record<string, number> = { '1.B.1.g': 1, '1.B.1.h': 2, '1.B.1.i': 3 };

interface InterestScores {
  scores: Map<string, { name: string; elementId: string; score: number }>;
  highPoints: Map<number, string>;
}

/**
 * Interests: each occupation's six RIASEC scores (OI, 1-7) become HAS_INTEREST edges, highest
 * first, and its high-point interests (IH: first, second, third; 0 = none) its `interestCode`
 * ("IRC"), as O*NET's Interest Profiler writes it. The edge to a high-point interest says which.
 */
export const mapInterests: Mapper = (file, cols, ctx) => {
  const byOccupation = new Map<OccupationRecord, InterestScores>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const entry = byOccupation.get(occupation) ?? { scores: new Map(), highPoints: new Map() };
    byOccupation.set(occupation, entry);
    const scale = cols.get(row, 'Scale ID');
    const elementId = text('Element ID', cols.get(row, 'Element ID'));
    const value = cols.get(row, 'Data Value');
    if (scale === 'OI') {
      const name = text('Element Name', cols.get(row, 'Element Name'));
      if (!(RIASEC as readonly string[]).includes(name)) throw new RowError('unknown-value', `Element Name "${name}" is not a RIASEC interest`);
      if (entry.scores.has(name)) throw new RowError('duplicate', `${occupation.onetCode} scores ${name} twice`);
      entry.scores.set(name, { name, elementId, score: decimal('Data Value', value, 1, 7) });
    } else if (scale === 'IH') {
      const place = HIGH_POINTS[elementId];
      if (!place) throw new RowError('unknown-value', `Element ID "${elementId}" is not a high-point element (1.B.1.g-i)`);
      const which = decimal('Data Value', value, 0, 6);
      if (!Number.isInteger(which)) throw new RowError('not-a-number', `Data Value "${value}" is not an interest number 0-6`);
      if (which > 0) entry.highPoints.set(place, RIASEC[which - 1]);
    } else {
      throw new RowError('unknown-value', `Scale ID "${scale}" is not one of "OI", "IH"`);
    }
  });
  for (const name of RIASEC) {
    ctx.graph.node(nodeId.interest(slugify(name)), 'Interest', { name, code: name[0], ...ctx.prov('interest') });
  }
  for (const [occupation, entry] of byOccupation) {
    const places = new Map([...entry.highPoints].map(([place, name]) => [name, place]));
    occupation.interestCode =
      [...entry.highPoints.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, name]) => name[0])
        .join('') || undefined;
    const list = [...entry.scores.values()].sort((a, b) => b.score - a.score || RIASEC.indexOf(a.name as never) - RIASEC.indexOf(b.name as never));
    list.forEach((s, rank) => {
      ctx.graph.edge('HAS_INTEREST', occupation.id, nodeId.interest(slugify(s.name)), {
        score: s.score,
        highPoint: places.get(s.name),
        rank,
        ...ctx.prov('interest'),
      });
    });
  }
};
