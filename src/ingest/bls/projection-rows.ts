import { SOC_CODE_PATTERN } from '../../model/ids';
import { RowError } from '../common/problems';
import { type ProblemLog } from '../common/problem-log';
import type { TsvRow } from '../common/tsv';
import { decimal, oneOf, text } from '../common/values';
import { eachRow } from '../common/rows';
import type { Table } from './import-run';
import { epText, epWage, type Published } from './published-values';
import type { SheetSpec } from './sheet-table';

export const PROJECTIONS_FILE = 'occupation.xlsx';
/** The row whose change is the average every occupation is compared with. */
export const ALL_OCCUPATIONS = '00-0000';

const CODE = '2022 National Employment Matrix code';
const TITLE = '2022 National Employment Matrix title';
/** The projection figures, in thousands of jobs and percent; Table 1.7 repeats them. */
const FIGURES = {
  employmentStart: 'Employment, 2022',
  employmentEnd: 'Employment, 2032',
  employmentChange: 'Employment change, numeric, 2022-32',
  growthPercent: 'Employment change, percent, 2022-32',
  annualOpenings: 'Occupational openings, 2022-32 annual average',
} as const;
type Figure = keyof typeof FIGURES;
const WAGE = 'Median annual wage, 2022';
const EDUCATION = 'Typical education needed for entry';
const EXPERIENCE = 'Work experience in a related occupation';
const TRAINING = 'Typical on-the-job training needed to attain competency in the occupation';

/** Table 1.2 for the projections, Table 1.7 for the wage and what entry takes (its copy of the figures is cross-checked). */
export const PROJECTION_SHEETS = {
  projections: { sheet: 'Table 1.2', required: [TITLE, CODE, 'Occupation type', ...Object.values(FIGURES)] },
  characteristics: { sheet: 'Table 1.7', required: [CODE, WAGE, EDUCATION, EXPERIENCE, TRAINING], optional: Object.values(FIGURES) },
} as const satisfies Record<string, SheetSpec>;

export interface ProjectionRow {
  code: string;
  title: string;
  line: number;
  /** Thousands of jobs, and percent, as published. */
  figures: Record<Figure, number>;
}

export interface CharacteristicsRow {
  code: string;
  line: number;
  medianWage: Published;
  entryEducation?: string;
  workExperience?: string;
  onTheJobTraining?: string;
  /** Table 1.7's copy of the projection figures, where it has the columns. */
  figures: Partial<Record<Figure, number>>;
}

const TYPES = { Summary: 'Summary', 'Line item': 'Line item' } as const;
const RANGES: Record<Figure, [number, number]> = {
  employmentStart: [0, 1e6],
  employmentEnd: [0, 1e6],
  employmentChange: [-1e6, 1e6],
  growthPercent: [-100, 1e4],
  annualOpenings: [0, 1e6],
};

function codeOf(table: Table, row: TsvRow): string {
  const code = table.cols.get(row, CODE);
  if (!SOC_CODE_PATTERN.test(code)) throw new RowError(code === '' ? 'empty' : 'bad-code', `${CODE} "${code}" is not a NEM code (dd-dddd)`);
  return code;
}

function figure(table: Table, row: TsvRow, key: Figure): number {
  return decimal(FIGURES[key], table.cols.get(row, FIGURES[key]), ...RANGES[key]);
}

/** Table 1.2 by NEM code, summary rows (00-0000, 29-2000) included. */
export function mapProjections(table: Table, log: ProblemLog): Map<string, ProjectionRow> {
  const byCode = new Map<string, ProjectionRow>();
  eachRow(table.file, log, (row) => {
    const code = codeOf(table, row);
    oneOf('Occupation type', table.cols.get(row, 'Occupation type'), TYPES);
    const figures = {} as Record<Figure, number>;
    for (const key of Object.keys(FIGURES) as Figure[]) figures[key] = figure(table, row, key);
    if (byCode.has(code)) throw new RowError('duplicate', `${CODE} ${code} is listed twice`);
    byCode.set(code, { code, title: text(TITLE, table.cols.get(row, TITLE)), line: row.line, figures });
  });
  return byCode;
}

/** Table 1.7 by NEM code. */
export function mapCharacteristics(table: Table, log: ProblemLog): Map<string, CharacteristicsRow> {
  const byCode = new Map<string, CharacteristicsRow>();
  eachRow(table.file, log, (row) => {
    const code = codeOf(table, row);
    const figures: Partial<Record<Figure, number>> = {};
    for (const key of Object.keys(FIGURES) as Figure[]) if (table.cols.has(FIGURES[key])) figures[key] = figure(table, row, key);
    if (byCode.has(code)) throw new RowError('duplicate', `${CODE} ${code} is listed twice`);
    byCode.set(code, {
      code,
      line: row.line,
      figures,
      medianWage: epWage(WAGE, table.cols.get(row, WAGE)),
      entryEducation: epText(table.cols.get(row, EDUCATION)),
      workExperience: epText(table.cols.get(row, EXPERIENCE)),
      onTheJobTraining: epText(table.cols.get(row, TRAINING)),
    });
  });
  return byCode;
}

/** Where Table 1.7's figures differ from Table 1.2's (which are the ones used), one line each. */
export function crossCheck(projections: ReadonlyMap<string, ProjectionRow>, characteristics: ReadonlyMap<string, CharacteristicsRow>, sheet: string): string[] {
  const out: string[] = [];
  for (const c of characteristics.values()) {
    const p = projections.get(c.code);
    if (!p) {
      out.push(`${sheet}:${c.line}: ${c.code} is not in Table 1.2, so it has no projection`);
      continue;
    }
    for (const [key, value] of Object.entries(c.figures) as Array<[Figure, number]>) {
      if (value !== p.figures[key]) out.push(`${sheet}:${c.line}: ${c.code} ${FIGURES[key]} is ${value}, Table 1.2 says ${p.figures[key]} (used)`);
    }
  }
  return out;
}
