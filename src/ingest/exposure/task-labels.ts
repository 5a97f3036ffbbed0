import type { PropValue } from '../../model/graph';
import { nodeId, occupationKey } from '../../model/ids';
import type { Columns } from '../common/columns';
import { RowError } from '../common/problems';
import { type ProblemLog } from '../common/problem-log';
import type { TsvFile } from '../common/tsv';
import { decimal, integer, oneOf } from '../common/values';
import { eachRow } from '../common/rows';
import { onetCode } from '../onet/values';
import { AUTOMATION_LEVEL_RULE, automationLevelOf, type ExposureLabel } from './automation-rule';
import { CODE_COLUMN, LABEL_COLUMNS } from './file-specs';

/** Marks which release labelled a task; a newer release clears the keys of tasks it no longer labels. */
export const LABEL_TAG = 'aiExposureSourceId';

/** Every property a label writes on a task, its tag aside. */
export const LABEL_KEYS = [
  'aiHumanExposure',
  'aiGpt4Exposure',
  'aiGpt4ExposureAltRubric',
  'aiGpt4Automation',
  'aiGpt3Relevant',
  'aiAlpha',
  'aiBeta',
  'aiGamma',
  'aiAutomation',
  'aiHumanLabels',
  'automationLevel',
  'automationLevelRule',
] as const;

export type LabelProps = Record<(typeof LABEL_KEYS)[number], PropValue>;

export interface TaskLabel {
  /** The O*NET task node this label is for. */
  taskId: string;
  /** The task as the study worded it (O*NET 27.0). */
  text: string;
  props: LabelProps;
}

const E_LABELS: Readonly<Record<ExposureLabel, ExposureLabel>> = { E0: 'E0', E1: 'E1', E2: 'E2' };
const T_LABELS = { T0: 'T0', T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4' } as const;
const BOOLEANS = { True: true, False: false } as const;

/** full_labelset.tsv → one label per task, in file order; bad rows are logged at file:line. */
export function readTaskLabels(file: TsvFile, cols: Columns, log: ProblemLog): TaskLabel[] {
  const labels: TaskLabel[] = [];
  const seen = new Set<string>();
  eachRow(file, log, (row) => {
    const cell = (column: string) => cols.get(row, column);
    const code = onetCode(CODE_COLUMN, cell(CODE_COLUMN));
    // Written as a float ("8823.0"): pandas read the column with gaps in it.
    const onetTaskId = integer('Task ID', cell('Task ID'), 1);
    const taskId = nodeId.task(occupationKey(code), `onet-${onetTaskId}`);
    if (seen.has(taskId)) throw new RowError('duplicate', `${code} labels Task ID ${onetTaskId} twice`);
    const label = (key: keyof typeof LABEL_COLUMNS) => oneOf(LABEL_COLUMNS[key], cell(LABEL_COLUMNS[key]), E_LABELS);
    const share = (key: keyof typeof LABEL_COLUMNS) => decimal(LABEL_COLUMNS[key], cell(LABEL_COLUMNS[key]), 0, 1);
    const humanExposure = label('humanExposure');
    const props: LabelProps = {
      aiHumanExposure: humanExposure,
      aiGpt4Exposure: label('gpt4Exposure'),
      aiGpt4ExposureAltRubric: label('gpt4ExposureAltRubric'),
      aiGpt4Automation: oneOf(LABEL_COLUMNS.gpt4Automation, cell(LABEL_COLUMNS.gpt4Automation), T_LABELS),
      aiGpt3Relevant: oneOf(LABEL_COLUMNS.gpt3Relevant, cell(LABEL_COLUMNS.gpt3Relevant), BOOLEANS),
      aiAlpha: share('alpha'),
      aiBeta: share('beta'),
      aiGamma: share('gamma'),
      aiAutomation: share('automation'),
      // Null clears an older release's value when this one leaves the cell empty.
      aiHumanLabels: cell(LABEL_COLUMNS.humanLabels) || null,
      automationLevel: automationLevelOf(humanExposure),
      automationLevelRule: AUTOMATION_LEVEL_RULE,
    };
    seen.add(taskId);
    labels.push({ taskId, text: cell('Task'), props });
  });
  return labels;
}
