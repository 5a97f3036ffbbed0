import { createHash } from 'node:crypto';
import { nodeId } from '../../model/ids';
import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import type { OccupationRecord } from './occupations';
import { RowError } from '../common/problems';
import { integer, oneOf, text } from '../common/values';

const CATEGORIES = { New: 'NEW', Revision: 'REVISION' } as const;

interface EmergingTask {
  id: string;
  text: string;
  category: 'NEW' | 'REVISION';
  originalTaskId?: number;
  originalText?: string;
  date?: string;
}

/**
 * Emerging Tasks: tasks O*NET's respondents named as new to an occupation, or as revising one
 * of its task statements. They have no Task ID, so each is keyed by a hash of its text; a
 * revision links REVISES to the task it rewrites when this import holds that task.
 */
export const mapEmergingTasks: Mapper = (file, cols, ctx) => {
  const tasks = new Map<OccupationRecord, EmergingTask[]>();
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const statement = text('Task', cols.get(row, 'Task'));
    const category = oneOf('Category', cols.get(row, 'Category'), CATEGORIES);
    const original = cols.opt(row, 'Original Task ID') ?? '';
    const list = tasks.get(occupation) ?? [];
    const id = nodeId.task(occupation.code, `onet-emerging-${createHash('sha256').update(statement).digest('hex').slice(0, 12)}`);
    if (list.some((t) => t.id === id)) throw new RowError('duplicate', `${occupation.onetCode} lists the emerging task "${statement}" twice`);
    const task: EmergingTask = { id, text: statement, category, date: cols.opt(row, 'Date') || undefined };
    if (category === 'REVISION') {
      if (original === '') throw new RowError('empty', 'Original Task ID is empty for a Revision');
      task.originalTaskId = integer('Original Task ID', original.replace(/\.0$/, ''), 1);
      task.originalText = cols.opt(row, 'Original Task') || undefined;
    }
    list.push(task);
    tasks.set(occupation, list);
  });
  for (const [occupation, list] of tasks) {
    list.forEach((t, rank) => {
      ctx.graph.node(
        t.id,
        'Task',
        {
          name: t.text,
          text: t.text,
          occupationCode: occupation.code,
          emergingCategory: t.category,
          originalTaskId: t.originalTaskId ?? null,
          originalText: t.originalText ?? null,
          reportedDate: t.date ?? null,
          ...ctx.prov('emerging-task'),
        },
        [],
        true,
      );
      ctx.graph.edge('HAS_EMERGING_TASK', occupation.id, t.id, { rank, ...ctx.prov('emerging-task') });
      const original = t.originalTaskId === undefined ? null : nodeId.task(occupation.code, `onet-${t.originalTaskId}`);
      if (original && ctx.graph.hasNode(original)) ctx.graph.edge('REVISES', t.id, original, { rank: 0, ...ctx.prov('emerging-task') });
    });
  }
};
