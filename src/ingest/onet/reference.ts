import { nodeId, slugify } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { RowError } from '../common/problems';
import { integer, text } from '../common/values';

/** Content Model Reference: descriptions for Skills, Knowledge and Work Styles elements. */
export const mapContentModel: Mapper = (file, cols, ctx) => {
  eachRow(file, ctx.log, (row) => {
    const id = text('Element ID', cols.get(row, 'Element ID'));
    ctx.reference.elementDescriptions.set(id, cols.get(row, 'Description'));
  });
};

/** Job Zone Reference: one JobZone node per zone, with O*NET's descriptions of it. */
export const mapJobZoneReference: Mapper = (file, cols, ctx) => {
  const zones = (ctx.reference.jobZones = new Set<number>());
  eachRow(file, ctx.log, (row) => {
    const zone = integer('Job Zone', cols.get(row, 'Job Zone'), 1, 5);
    if (zones.has(zone)) throw new RowError('duplicate', `Job Zone ${zone} is defined twice`);
    zones.add(zone);
    ctx.graph.node(
      nodeId.jobZone(zone),
      'JobZone',
      {
        name: text('Name', cols.get(row, 'Name')),
        zone,
        experience: cols.get(row, 'Experience'),
        education: cols.get(row, 'Education'),
        jobTraining: cols.get(row, 'Job Training'),
        examples: cols.get(row, 'Examples'),
        svpRange: cols.get(row, 'SVP Range'),
        ...ctx.prov('job-zone'),
      },
      [`job zone ${zone}`],
    );
  });
};

/** The category scales of Education, Training, and Experience the graph models. */
export const PREPARATION_SCALES = {
  RL: { element: '2.D.1' },
  RW: { element: '3.A.1' },
  PT: { element: '3.A.2' },
  OJ: { element: '3.A.3' },
} as const;
export type PreparationScale = keyof typeof PREPARATION_SCALES;

export function preparationKey(scale: PreparationScale, category: number): string {
  return `${scale} ${category}`;
}

/**
 * The first category of the experience and on-site training scales means no preparation.
 * O*NET's text files say "None"; the 29.3 files here were converted from the spreadsheet,
 * which leaves that cell blank, so a blank first category reads as "None".
 */
const BLANK_FIRST_CATEGORY = 'None';

/**
 * Education, Training, and Experience Categories: RL categories become EducationLevel nodes
 * keyed so they merge with the seed's (`bachelors-degree`, rank 6); RW categories become
 * ExperienceLevel nodes, PT and OJ categories TrainingLevel nodes (kind ON_SITE, ON_THE_JOB).
 */
export const mapEducationCategories: Mapper = (file, cols, ctx) => {
  const levels = (ctx.reference.preparationLevels = new Map<string, string>());
  eachRow(file, ctx.log, (row) => {
    const scale = cols.get(row, 'Scale ID') as PreparationScale;
    if (PREPARATION_SCALES[scale]?.element !== cols.get(row, 'Element ID')) return;
    const category = integer('Category', cols.get(row, 'Category'), 1);
    const key = preparationKey(scale, category);
    if (levels.has(key)) throw new RowError('duplicate', `${scale} category ${category} is defined twice`);
    let description = cols.get(row, 'Category Description');
    if (description === '' && category === 1 && scale !== 'RL') description = BLANK_FIRST_CATEGORY;
    description = text('Category Description', description);
    if (scale === 'RL') {
      const short = educationLevelName(description);
      const id = nodeId.educationLevel(educationLevelKey(short));
      levels.set(key, id);
      ctx.graph.node(id, 'EducationLevel', { name: sentenceCase(short), rank: category, description });
    } else if (scale === 'RW') {
      const id = nodeId.experienceLevel(category);
      levels.set(key, id);
      ctx.graph.node(id, 'ExperienceLevel', { name: description, rank: category, ...ctx.prov('education') });
    } else {
      const kind = scale === 'PT' ? 'ON_SITE' : 'ON_THE_JOB';
      const id = nodeId.trainingLevel(scale === 'PT' ? 'on-site' : 'on-the-job', category);
      levels.set(key, id);
      ctx.graph.node(id, 'TrainingLevel', { name: description, kind, rank: category, ...ctx.prov('education') });
    }
  });
};

/** "Post-Secondary Certificate - awarded for ..." → "Post-Secondary Certificate". */
export function educationLevelName(description: string): string {
  return description.split(/ - | \(/)[0].trim();
}

/** Apostrophes go before slugging, so "Bachelor's Degree" is `bachelors-degree`, the seed's key. */
export function educationLevelKey(name: string): string {
  return slugify(name.replace(/['\u2019]/g, ''));
}

/** The seed writes "Bachelor's degree"; matching its case keeps the merged node's name stable. */
function sentenceCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}
