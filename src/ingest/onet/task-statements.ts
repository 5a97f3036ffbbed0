import { nodeId } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { integer, oneOf, text } from '../common/values';

/** "n/a" marks tasks O*NET has not rated yet: they get no taskType and list last. */
const TASK_TYPES = { Core: 'CORE', Supplemental: 'SUPPLEMENTAL', 'n/a': undefined, '': undefined } as const;
const TYPE_ORDER = { CORE: 0, SUPPLEMENTAL: 1 } as const;

interface TaskRow {
  id: string;
  taskId: number;
  text: string;
  taskType?: 'CORE' | 'SUPPLEMENTAL';
}

/**
 * Task Statements → Task nodes (one per O*NET Task ID and occupation) and HAS_TASK edges,
 * core tasks first, then file order. No automationLevel: O*NET does not rate it. Ranks start
 * at 1000 so a profile's own tasks list first.
 */
export const mapTaskStatements: Mapper = (file, cols, ctx) => {
  const tasks = new Map<OccupationRecord, TaskRow[]>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const taskId = integer('Task ID', cols.get(row, 'Task ID'), 1);
    const id = nodeId.task(occupation.code, `onet-${taskId}`);
    const list = tasks.get(occupation) ?? [];
    if (list.some((t) => t.id === id)) throw new RowError('duplicate', `${occupation.onetCode} lists Task ID ${taskId} twice`);
    list.push({
      id,
      taskId,
      text: text('Task', cols.get(row, 'Task')),
      taskType: oneOf('Task Type', cols.get(row, 'Task Type'), TASK_TYPES),
    });
    tasks.set(occupation, list);
  });
  for (const [occupation, list] of tasks) {
    const order = (t: TaskRow) => (t.taskType ? TYPE_ORDER[t.taskType] : 2);
    // Array.prototype.sort is stable, so file order survives within a type.
    list.sort((a, b) => order(a) - order(b));
    list.forEach((t, position) => {
      ctx.graph.node(
        t.id,
        'Task',
        {
          name: t.text,
          text: t.text,
          taskType: t.taskType ?? null,
          occupationCode: occupation.code,
          onetTaskId: t.taskId,
          ...ctx.prov('task'),
        },
        [],
        true,
      );
      ctx.graph.edge('HAS_TASK', occupation.id, t.id, { rank: 1000 + position, ...ctx.prov('task') });
    });
  }
};
