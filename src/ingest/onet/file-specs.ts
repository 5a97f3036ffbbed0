import type { FileSpec } from '../common/columns';

const CODE = 'O*NET-SOC Code';

/** Every O*NET file the importer reads, with the columns it needs. Others in the folder are ignored. */
export const ONET_FILES = {
  contentModel: { file: 'Content Model Reference.txt', required: ['Element ID', 'Element Name', 'Description'] },
  jobZoneReference: {
    file: 'Job Zone Reference.txt',
    required: ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
  },
  educationCategories: {
    file: 'Education, Training, and Experience Categories.txt',
    required: ['Element ID', 'Scale ID', 'Category', 'Category Description'],
  },
  occupations: { file: 'Occupation Data.txt', required: [CODE, 'Title', 'Description'] },
  alternateTitles: { file: 'Alternate Titles.txt', required: [CODE, 'Alternate Title'], optional: ['Short Title'] },
  jobZones: { file: 'Job Zones.txt', required: [CODE, 'Job Zone'] },
  education: {
    file: 'Education, Training, and Experience.txt',
    required: [CODE, 'Element ID', 'Scale ID', 'Category', 'Data Value'],
    optional: ['Recommend Suppress'],
  },
  related: { file: 'Related Occupations.txt', required: [CODE, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'] },
  technology: {
    file: 'Technology Skills.txt',
    required: [CODE, 'Example', 'Commodity Code', 'Commodity Title'],
    optional: ['Hot Technology', 'In Demand'],
  },
  skills: {
    file: 'Skills.txt',
    required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
    optional: ['Recommend Suppress', 'Not Relevant'],
  },
  knowledge: {
    file: 'Knowledge.txt',
    required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
    optional: ['Recommend Suppress', 'Not Relevant'],
  },
  tasks: { file: 'Task Statements.txt', required: [CODE, 'Task ID', 'Task', 'Task Type'] },
  workStyles: {
    file: 'Work Styles.txt',
    required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
    optional: ['Recommend Suppress'],
  },
  interests: { file: 'Interests.txt', required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] },
  emergingTasks: {
    file: 'Emerging Tasks.txt',
    required: [CODE, 'Task', 'Category'],
    optional: ['Original Task ID', 'Original Task', 'Date'],
  },
} as const satisfies Record<string, FileSpec>;

export type OnetFileKey = keyof typeof ONET_FILES;
export const CODE_COLUMN = CODE;
