import type { GraphBuilder } from '../../model/graph-builder';
import type { KnownNodes } from './known-nodes';
import { LABEL_TAG, type TaskLabel } from './task-labels';
import { compareText } from '../../shared/compare';

/** O*NET task statements only: the seed's curated tasks keep the levels curated with them. */
const ONET_TASK = /^task:[^:]+:onet-\d+$/;
const EXAMPLES = 5;

export interface LabelTally {
  labels: number;
  labelled: number;
  byLevel: Record<string, number>;
  /** Labels whose task is not in the graph (the study labelled O*NET 27.0's tasks). */
  notInGraph: string[];
  /** Labelled tasks the graph words otherwise (only when `known.taskTexts` is given). */
  reworded: string[];
  /** O*NET tasks of the graph no label names. */
  unlabelled: number;
}

/**
 * Patches each labelled task of the graph with its labels, tagged with the DataSource id. No
 * provenance keys (source, sourceId, facet) go on the task: it is O*NET's node, and a newer
 * release of the study must clear these keys, not delete the task.
 */
export function writeTaskLabels(graph: GraphBuilder, labels: readonly TaskLabel[], known: KnownNodes, sourceId: string): LabelTally {
  const tally: LabelTally = { labels: labels.length, labelled: 0, byLevel: {}, notInGraph: [], reworded: [], unlabelled: 0 };
  for (const { taskId, text, props } of labels) {
    // Patching a task the graph lacks would create a bare node, so those are only counted.
    if (!ONET_TASK.test(taskId) || !known.taskIds.has(taskId)) {
      tally.notInGraph.push(taskId);
      continue;
    }
    graph.patch(taskId, 'Task', { ...props, [LABEL_TAG]: sourceId });
    tally.labelled += 1;
    const level = String(props.automationLevel);
    tally.byLevel[level] = (tally.byLevel[level] ?? 0) + 1;
    const inGraph = known.taskTexts?.get(taskId);
    if (inGraph !== undefined && inGraph !== text) tally.reworded.push(taskId);
  }
  const labelled = new Set(labels.map((l) => l.taskId));
  for (const id of known.taskIds) if (ONET_TASK.test(id) && !labelled.has(id)) tally.unlabelled += 1;
  return tally;
}

export function labelNotes(t: LabelTally, checkedWording: boolean): string[] {
  const levels = Object.entries(t.byLevel)
    .sort(([a], [b]) => compareText(a, b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const notes = [
    `${t.labelled} of ${t.labels} task labels written (automation levels: ${levels || 'none'}); ${t.unlabelled} O*NET tasks of the graph have no label`,
    `${t.notInGraph.length} labels name a task the graph does not hold (the study labelled O*NET 27.0's tasks), not written${examples(t.notInGraph)}`,
  ];
  if (checkedWording) {
    notes.push(
      `${t.reworded.length} labelled tasks are worded otherwise in the graph than in the study (O*NET revised them); labels kept${examples(t.reworded)}`,
    );
  }
  return notes;
}

function examples(ids: readonly string[]): string {
  return ids.length > 0 ? `, e.g. ${ids.slice(0, EXAMPLES).join(', ')}` : '';
}
