import { eachRow, type Mapper } from './context';
import { CODE_COLUMN, ONET_FILES } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from './problems';
import { decimal, flag, integer } from './values';

interface Share {
  levelId: string;
  category: number;
  percent: number;
  suppressed?: boolean;
}

/**
 * Education, Training, and Experience. Required Level of Education (2.D.1, scale RL) gives,
 * per occupation, the percentage of respondents naming each level: REQUIRES_EDUCATION edges
 * for levels above 0 %, `modal` on the most named (every one, if tied). Job-Related
 * Professional Certification (2.D.4.a) and Apprenticeship (3.A.4.a) are importance ratings
 * (1-5) of needing *some* certification or apprenticeship, naming none, so they are
 * occupation properties rather than links. Experience and training scales are not modelled.
 */
export const mapEducation: Mapper = (file, cols, ctx) => {
  const levels = ctx.reference.educationLevels;
  if (!levels) {
    ctx.log.add({
      file: file.name, line: 1, kind: 'missing-file',
      message: `needs ${ONET_FILES.educationCategories.file} in the same folder for the names of its RL categories`,
    });
    return;
  }
  const shares = new Map<OccupationRecord, Share[]>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const element = cols.get(row, 'Element ID');
    const scale = cols.get(row, 'Scale ID');
    const value = cols.get(row, 'Data Value');
    if (element === '2.D.4.a' && scale === 'IM') {
      occupation.professionalCertificationImportance = decimal('Data Value', value, 1, 5);
    } else if (element === '3.A.4.a' && scale === 'IM') {
      occupation.apprenticeshipImportance = decimal('Data Value', value, 1, 5);
    } else if (element === '2.D.1' && scale === 'RL') {
      const category = integer('Category', cols.get(row, 'Category'), 1);
      const levelId = levels.get(category);
      if (!levelId) throw new RowError('unknown-reference', `RL Category ${category} is not in ${ONET_FILES.educationCategories.file}`);
      const list = shares.get(occupation) ?? [];
      if (list.some((s) => s.category === category)) throw new RowError('duplicate', `${occupation.onetCode} has RL category ${category} twice`);
      const suppressed = flag('Recommend Suppress', cols.opt(row, 'Recommend Suppress'));
      list.push({ levelId, category, percent: decimal('Data Value', value, 0, 100), suppressed });
      shares.set(occupation, list);
    }
  });
  for (const [occupation, list] of shares) {
    const top = Math.max(...list.map((s) => s.percent));
    for (const s of list) {
      if (s.percent <= 0) continue;
      ctx.graph.edge('REQUIRES_EDUCATION', occupation.id, s.levelId, {
        percent: s.percent, modal: s.percent === top, rank: s.category, source: ctx.source,
        suppressed: s.suppressed === true ? true : undefined,
      });
    }
  }
};
