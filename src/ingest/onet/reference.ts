import { nodeId, slugify } from '../../model/ids';
import { eachRow, type Mapper } from './context';
import { RowError } from './problems';
import { integer, text } from './values';

/** Content Model Reference: descriptions for Skills and Knowledge elements. */
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
    ctx.graph.node(nodeId.jobZone(zone), 'JobZone', {
      name: text('Name', cols.get(row, 'Name')),
      zone,
      experience: cols.get(row, 'Experience'),
      education: cols.get(row, 'Education'),
      jobTraining: cols.get(row, 'Job Training'),
      examples: cols.get(row, 'Examples'),
      svpRange: cols.get(row, 'SVP Range'),
    }, [`job zone ${zone}`]);
  });
};

const EDUCATION_ELEMENT = '2.D.1';
const EDUCATION_SCALE = 'RL';

/**
 * The RL categories of Education, Training, and Experience Categories become EducationLevel
 * nodes keyed so they merge with the seed's (`bachelors-degree`, rank 6). Other scales of
 * that file (work experience, training) are not modelled.
 */
export const mapEducationCategories: Mapper = (file, cols, ctx) => {
  const levels = (ctx.reference.educationLevels = new Map<number, string>());
  eachRow(file, ctx.log, (row) => {
    if (cols.get(row, 'Element ID') !== EDUCATION_ELEMENT || cols.get(row, 'Scale ID') !== EDUCATION_SCALE) return;
    const category = integer('Category', cols.get(row, 'Category'), 1);
    if (levels.has(category)) throw new RowError('duplicate', `RL category ${category} is defined twice`);
    const description = text('Category Description', cols.get(row, 'Category Description'));
    const short = educationLevelName(description);
    const id = nodeId.educationLevel(educationLevelKey(short));
    levels.set(category, id);
    ctx.graph.node(id, 'EducationLevel', { name: sentenceCase(short), rank: category, description });
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
