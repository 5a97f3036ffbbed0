import type { RelType } from '../../model/graph';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN, ONET_FILES } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { decimal, integer } from '../common/values';
import { flag } from './values';
import { PREPARATION_SCALES, preparationKey, type PreparationScale } from './reference';

interface Share {
  levelId: string;
  category: number;
  percent: number;
  suppressed?: boolean;
}

/** How each scale's shares are linked; ranks keep on-site training before on-the-job training. */
const LINKS: Record<PreparationScale, { rel: RelType; rankBase: number; kind?: string }> = {
  RL: { rel: 'REQUIRES_EDUCATION', rankBase: 0 },
  RW: { rel: 'REQUIRES_EXPERIENCE', rankBase: 0 },
  PT: { rel: 'REQUIRES_TRAINING', rankBase: 0, kind: 'ON_SITE' },
  OJ: { rel: 'REQUIRES_TRAINING', rankBase: 100, kind: 'ON_THE_JOB' },
};

/**
 * Education, Training, and Experience. Four category scales give, per occupation, the
 * percentage of respondents naming each category: Required Level of Education (2.D.1, RL) →
 * REQUIRES_EDUCATION, Related Work Experience (3.A.1, RW) → REQUIRES_EXPERIENCE, On-Site or
 * In-Plant Training (3.A.2, PT) and On-the-Job Training (3.A.3, OJ) → REQUIRES_TRAINING; one
 * edge per category above 0 %, `modal` on the most named (every one, if tied). Job-Related
 * Professional Certification (2.D.4.a) and Apprenticeship (3.A.4.a) are importance ratings
 * (1-5) of needing *some* certification or apprenticeship, naming none, so they are
 * occupation properties rather than links.
 */
export const mapEducation: Mapper = (file, cols, ctx) => {
  const levels = ctx.reference.preparationLevels;
  if (!levels) {
    ctx.log.add({
      file: file.name,
      line: 1,
      kind: 'missing-file',
      message: `needs ${ONET_FILES.educationCategories.file} in the same folder for the names of its categories`,
    });
    return;
  }
  const shares = new Map<OccupationRecord, Map<PreparationScale, Share[]>>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const element = cols.get(row, 'Element ID');
    const scale = cols.get(row, 'Scale ID');
    const value = cols.get(row, 'Data Value');
    if (element === '2.D.4.a' && scale === 'IM') {
      occupation.professionalCertificationImportance = decimal('Data Value', value, 1, 5);
      return;
    }
    if (element === '3.A.4.a' && scale === 'IM') {
      occupation.apprenticeshipImportance = decimal('Data Value', value, 1, 5);
      return;
    }
    const known = PREPARATION_SCALES[scale as PreparationScale];
    if (!known || known.element !== element) return;
    const category = integer('Category', cols.get(row, 'Category'), 1);
    const levelId = levels.get(preparationKey(scale as PreparationScale, category));
    if (!levelId) throw new RowError('unknown-reference', `${scale} Category ${category} is not in ${ONET_FILES.educationCategories.file}`);
    const byScale = shares.get(occupation) ?? new Map<PreparationScale, Share[]>();
    const list = byScale.get(scale as PreparationScale) ?? [];
    if (list.some((s) => s.category === category)) throw new RowError('duplicate', `${occupation.onetCode} has ${scale} category ${category} twice`);
    const suppressed = flag('Recommend Suppress', cols.opt(row, 'Recommend Suppress'));
    list.push({ levelId, category, percent: decimal('Data Value', value, 0, 100), suppressed });
    byScale.set(scale as PreparationScale, list);
    shares.set(occupation, byScale);
  });
  for (const [occupation, byScale] of shares) {
    for (const [scale, list] of byScale) {
      const link = LINKS[scale];
      const top = Math.max(...list.map((s) => s.percent));
      for (const s of list) {
        if (s.percent <= 0) continue;
        ctx.graph.edge(link.rel, occupation.id, s.levelId, {
          percent: s.percent,
          modal: s.percent === top,
          rank: link.rankBase + s.category,
          kind: link.kind,
          ...ctx.prov('education'),
          suppressed: s.suppressed === true ? true : undefined,
        });
      }
    }
  }
};
