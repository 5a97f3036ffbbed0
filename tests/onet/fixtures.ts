import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows of a fixture file: the header first. Cells are joined with tabs, lines with \n. */
export type Table = string[][];

const made: string[] = [];

/** Writes a throwaway O*NET folder; removed by `removeFixtures` (call it in afterAll). */
export function writeFolder(files: Record<string, Table | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'careergraph-onet-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const text = typeof content === 'string' ? content : `${content.map((r) => r.join('\t')).join('\n')}\n`;
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function removeFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const README = 'O*NET 27.0 Database\nAugust 2022 Release\n';

export const OCCUPATIONS: Table = [
  ['O*NET-SOC Code', 'Title', 'Description'],
  ['29-2011.00', 'Medical and Clinical Laboratory Technologists', 'Perform complex medical laboratory tests.'],
  ['29-2011.01', 'Cytogenetic Technologists', 'Analyze chromosomes.'],
  ['11-9111.00', 'Medical and Health Services Managers', 'Plan, direct, or coordinate medical and health services.'],
  ['15-1252.01', 'Video Game Designers', 'Design core features of video games.'],
];

/** A small, valid folder touching every file the importer reads. */
export function validFiles(): Record<string, Table | string> {
  return {
    'Read Me.txt': README,
    'Occupation Data.txt': OCCUPATIONS,
    'Alternate Titles.txt': [
      ['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)'],
      ['29-2011.00', 'Histotechnologist', 'n/a', '08'],
      ['29-2011.00', 'Medical Technologist (MT)', 'MT', '08'],
    ],
    'Job Zone Reference.txt': [
      ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
      ['4', 'Job Zone Four: Considerable Preparation Needed', 'A minimum of two to four years', 'Bachelor', 'Several years', 'Accountants', '(7.0 to < 8.0)'],
      ['5', 'Job Zone Five: Extensive Preparation Needed', 'Extensive', 'Graduate school', 'Some', 'Lawyers', '(8.0 and above)'],
    ],
    'Job Zones.txt': [
      ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source'],
      ['29-2011.00', '4', '07/2013', 'Analyst'],
      ['11-9111.00', '5', '07/2013', 'Analyst'],
    ],
    'Related Occupations.txt': [
      ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
      ['29-2011.00', '11-9111.00', 'Supplemental', '11'],
      ['29-2011.00', '29-2011.01', 'Primary-Short', '1'],
    ],
    'Technology Skills.txt': [
      ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology'],
      ['29-2011.00', 'C++', '43232405', 'Object or component oriented development software', 'N'],
      ['29-2011.00', 'C#', '43232405', 'Object or component oriented development software', 'Y'],
      ['29-2011.01', 'C', '43232405', 'Object or component oriented development software', 'N'],
    ],
    'Task Statements.txt': [
      ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type', 'Incumbents Responding', 'Date', 'Domain Source'],
      ['29-2011.00', '1901', 'Supervise laboratory staff.', 'Supplemental', '47', '07/2013', 'Incumbent'],
      ['29-2011.00', '1887', 'Conduct chemical analysis of body fluids.', 'Core', '47', '07/2013', 'Incumbent'],
      ['29-2011.01', '20001', 'Count chromosomes.', 'n/a', 'n/a', '08/2021', 'Occupational Expert'],
    ],
    'Education, Training, and Experience Categories.txt': [
      ['Element ID', 'Element Name', 'Scale ID', 'Category', 'Category Description'],
      ['2.D.1', 'Required Level of Education', 'RL', '5', "Associate's Degree (or other 2-year degree)"],
      ['2.D.1', 'Required Level of Education', 'RL', '6', "Bachelor's Degree"],
      ['2.D.1', 'Required Level of Education', 'RL', '8', "Master's Degree"],
      ['3.A.1', 'Related Work Experience', 'RW', '1', 'None'],
    ],
    'Education, Training, and Experience.txt': [
      ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Category', 'Data Value', 'N', 'Recommend Suppress'],
      ['29-2011.00', '2.D.1', 'Required Level of Education', 'RL', '5', '30.10', '47', 'N'],
      ['29-2011.00', '2.D.1', 'Required Level of Education', 'RL', '6', '59.36', '47', 'N'],
      ['29-2011.00', '2.D.1', 'Required Level of Education', 'RL', '8', '0.00', '47', 'N'],
      ['29-2011.01', '2.D.4.a', 'Job-Related Professional Certification', 'IM', 'n/a', '4.14', '21', 'n/a'],
      ['29-2011.00', '3.A.1', 'Related Work Experience', 'RW', '1', '10.00', '47', 'N'],
    ],
  };
}

/** Skills rows in the 27.x layout (no Title). */
export const SKILLS_27: Table = [
  ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'N', 'Recommend Suppress', 'Not Relevant'],
  ['29-2011.00', '2.A.1.a', 'Reading Comprehension', 'IM', '3.88', '8', 'N', 'n/a'],
  ['29-2011.00', '2.A.1.a', 'Reading Comprehension', 'LV', '4.50', '8', 'N', 'N'],
  ['29-2011.00', '2.A.1.b', 'Active Listening', 'IM', '4.00', '8', 'N', 'n/a'],
  ['29-2011.00', '2.A.1.b', 'Active Listening', 'LV', '0.00', '8', 'Y', 'Y'],
];

/** The same rows in the 29.x layout: a Title column after the code, and other columns moved. */
export const SKILLS_29: Table = [
  ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Data Value', 'N', 'Recommend Suppress', 'Not Relevant'],
  ['29-2011.00', 'Medical and Clinical Laboratory Technologists', '2.A.1.a', 'Reading Comprehension', 'IM', 'Importance', '3.88', '8', 'N', ''],
  ['29-2011.00', 'Medical and Clinical Laboratory Technologists', '2.A.1.a', 'Reading Comprehension', 'LV', 'Level', '4.5', '8', 'N', 'N'],
  ['29-2011.00', 'Medical and Clinical Laboratory Technologists', '2.A.1.b', 'Active Listening', 'IM', 'Importance', '4', '8', 'N', ''],
  ['29-2011.00', 'Medical and Clinical Laboratory Technologists', '2.A.1.b', 'Active Listening', 'LV', 'Level', '0', '8', 'Y', 'Y'],
];

/** The published data sets committed in the repository (seeds/data): tests read them, never ../shared. */
export const DATA_DIR = join(__dirname, '..', '..', 'seeds', 'data');
