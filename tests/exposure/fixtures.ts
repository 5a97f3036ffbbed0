import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { KnownNodes } from '../../src/ingest/exposure/known-nodes';
import { importOnet } from '../../src/ingest/onet/import-onet';
import type { OnetImportResult } from '../../src/ingest/onet/report';

const DATA = join(__dirname, '..', '..', 'seeds', 'data');
export const EXPOSURE_DIR = join(DATA, 'ai-exposure-gpts-are-gpts');
export const ONET_DIR = join(DATA, 'onet-29.3');

/** The O*NET 29.3 import and the node ids it holds: the graph the labels go onto. */
export function onetGraph(): { onet: OnetImportResult; known: Required<KnownNodes> } {
  const onet = importOnet(ONET_DIR);
  const tasks = onet.graph.nodes.filter((n) => n.label === 'Task');
  return {
    onet,
    known: {
      taskIds: new Set(tasks.map((n) => n.id)),
      occupationIds: new Set(onet.graph.nodes.filter((n) => n.label === 'Occupation').map((n) => n.id)),
      taskTexts: new Map(tasks.map((n) => [n.id, String(n.props.text)])),
    },
  };
}

/** A raw file as records keyed by header, read apart from the importer (its own csv-parse call). */
export function rawRecords(file: string, delimiter: ',' | '\t'): Array<Record<string, string>> {
  return parse(gunzipSync(readFileSync(join(EXPOSURE_DIR, file))).toString('utf8'), { delimiter, columns: true });
}

/** The task node id a raw label row names. */
export const taskIdOf = (r: Record<string, string>): string => `task:${r['O*NET-SOC Code'].replace(/\.00$/, '')}:onet-${Number(r['Task ID'])}`;

export { seededSample } from '../../src/shared/seeded-sample';

const made: string[] = [];

/** A throwaway folder holding the given files, removed by removeFolders (call it in afterAll). */
export function writeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'careergraph-exposure-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function removeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const LABEL_HEADER = [
  '',
  'O*NET-SOC Code',
  'Task ID',
  'Task',
  'Task Type',
  'Title',
  'human_exposure_agg',
  'gpt4_exposure',
  'gpt4_exposure_alt_rubric',
  'gpt_3_relevant',
  'gpt4_automation',
  'alpha',
  'beta',
  'gamma',
  'automation',
  'human_labels',
];

/** A label row as the study writes it, for a task of 29-2011.00; `change` replaces cells by column. */
export function labelRow(index: number, taskId: string, change: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    '': String(index),
    'O*NET-SOC Code': '29-2011.00',
    'Task ID': `${taskId}.0`,
    Task: `Task ${taskId}.`,
    'Task Type': 'Core',
    Title: 'Medical and Clinical Laboratory Technologists',
    human_exposure_agg: 'E2',
    gpt4_exposure: 'E1',
    gpt4_exposure_alt_rubric: 'E0',
    gpt_3_relevant: 'True',
    gpt4_automation: 'T3',
    alpha: '1.0',
    beta: '1.0',
    gamma: '1.0',
    automation: '0.75',
    human_labels: 'E2',
    ...change,
  };
  return LABEL_HEADER.map((h) => cells[h]);
}

export const SCORE_HEADER = [
  'O*NET-SOC Code',
  'Title',
  'dv_rating_alpha',
  'dv_rating_beta',
  'dv_rating_gamma',
  'human_rating_alpha',
  'human_rating_beta',
  'human_rating_gamma',
];
export const SCORE_ROW = [
  '29-2011.00',
  '"Medical and Clinical Laboratory Technologists, ""MLT"""',
  '0.1',
  '0.46',
  '0.8200000000000001',
  '0.18',
  '0.35',
  '0.52',
];

export const tsv = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;
export const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
