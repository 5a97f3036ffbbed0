import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { AutomationLevel } from '../profile/enums';
import { compareText } from '../../shared/compare';

export interface AutomationReport {
  occupation: Entity;
  exposure: number | null;
  classifiedTasks: number;
  unclassifiedTasks: number;
  levels: Array<{ level: AutomationLevel; count: number; share: number; tasks: Entity[] }>;
  hedgingSkills: Array<{ skill: Entity; humanCoreTasks: number }>;
  studyScores: Entity | null;
}

const LEVELS = [AutomationLevel.AUTOMATABLE, AutomationLevel.AI_ASSISTED, AutomationLevel.HUMAN_CORE];

/**
 * Exposure = (automatable + ½ × AI-assisted) / classified tasks: 1 means AI can take every
 * task, 0 none. Tasks without a level (O*NET's) are counted but not classified; with none
 * classified the exposure is unknown (null). Hedging skills are those human-core tasks use,
 * ranked by how many human-core tasks use them, then name.
 */
export class AutomationService {
  constructor(private readonly graph: GraphService) {}

  async report(occupation: Entity): Promise<AutomationReport> {
    const [taskList, studyScores] = await Promise.all([
      this.graph.all(occupation.id, RELATIONS.occupationTasks),
      this.graph.one(occupation.id, RELATIONS.occupationAiExposure),
    ]);
    const tasks = taskList.map((t) => t.node);
    const levels = LEVELS.map((level) => {
      const matching = tasks.filter((t) => t.automationLevel === level);
      return { level, count: matching.length, share: 0, tasks: matching };
    });
    const classified = levels.reduce((sum, l) => sum + l.count, 0);
    for (const l of levels) l.share = classified ? round(l.count / classified) : 0;
    const exposure = exposureFrom(levels.map((l) => l.count));

    const humanCore = levels[2].tasks;
    const skillLists = await Promise.all(humanCore.map((t) => this.graph.all(t.id, RELATIONS.taskSkills)));
    const counts = new Map<string, { skill: Entity; humanCoreTasks: number }>();
    for (const s of skillLists.flat()) {
      const entry = counts.get(s.node.id) ?? { skill: s.node, humanCoreTasks: 0 };
      entry.humanCoreTasks++;
      counts.set(s.node.id, entry);
    }
    const hedgingSkills = [...counts.values()].sort(
      (a, b) => b.humanCoreTasks - a.humanCoreTasks || byText(a.skill.name, b.skill.name) || byText(a.skill.id, b.skill.id),
    );
    return { occupation, exposure, classifiedTasks: classified, unclassifiedTasks: tasks.length - classified, levels, hedgingSkills, studyScores };
  }

  /** The exposure alone, from per-level counts: one batched lookup, no task is read. */
  async exposureOf(occupationId: string): Promise<number | null> {
    const counts = await Promise.all(
      LEVELS.map(async (level) => {
        const page = await this.graph.related(occupationId, RELATIONS.occupationTasks, { first: 1 }, { key: 'automationLevel', values: [level] });
        return page.totalCount;
      }),
    );
    return exposureFrom(counts);
  }
}

/** The documented formula, from task counts in LEVELS order. */
export function exposureFrom([automatable, assisted, humanCore]: number[]): number | null {
  const classified = automatable + assisted + humanCore;
  return classified ? round((automatable + assisted / 2) / classified) : null;
}

export const round = (n: number) => Math.round(n * 1000) / 1000;
export const byText = (a: unknown, b: unknown) => compareText(String(a), String(b));
