import type { GraphData } from '../../../model/graph';
import { compareText } from '../../../shared/compare';

/** A rating usable for scoring: its importance is not suppressed; its level only when usable too. */
export interface Rating {
  importance: number;
  level: number | null;
}

/** What the derived facts read about one O*NET occupation, gathered from the import's graph. */
export interface OccupationView {
  id: string;
  code: string;
  onetCode: string;
  /** Title, alternate titles, description and task statements: the text similarity compares. */
  text: string[];
  tasks: number;
  /** Skill or knowledge id → usable rating (suppressed importances left out). */
  ratings: Map<string, Rating>;
  /** The six RIASEC scores in O*NET's order, when rated. */
  interests: number[] | null;
  jobZone: number | null;
  /** Technology skill id → In Demand. */
  technologies: Map<string, boolean>;
}

const RIASEC = ['interest:realistic', 'interest:investigative', 'interest:artistic', 'interest:social', 'interest:enterprising', 'interest:conventional'];

/** The O*NET occupations of a graph (those with an O*NET-SOC code), by id, in id order. */
export function occupationViews(graph: GraphData): OccupationView[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const views = new Map<string, OccupationView>();
  for (const n of graph.nodes) {
    if (n.label !== 'Occupation' || typeof n.props.onetCode !== 'string') continue;
    const titles = Array.isArray(n.props.alternateTitles) ? (n.props.alternateTitles as string[]) : [];
    views.set(n.id, {
      id: n.id,
      code: String(n.props.code),
      onetCode: n.props.onetCode,
      text: [String(n.props.title ?? ''), ...titles, String(n.props.onetDescription ?? '')],
      tasks: 0,
      ratings: new Map(),
      interests: null,
      jobZone: typeof n.props.jobZone === 'number' ? n.props.jobZone : null,
      technologies: new Map(),
    });
  }
  const interests = new Map<string, Map<string, number>>();
  for (const e of graph.edges) {
    const v = views.get(e.from);
    if (!v) continue;
    if (e.type === 'HAS_TASK') {
      v.text.push(String(nodes.get(e.to)?.props.text ?? ''));
      v.tasks++;
    } else if (e.type === 'REQUIRES_SKILL' && typeof e.props.importance === 'number' && e.props.suppressed !== true) {
      const levelUsable = typeof e.props.level === 'number' && e.props.levelSuppressed !== true && e.props.notRelevant !== true;
      v.ratings.set(e.to, { importance: e.props.importance, level: levelUsable ? (e.props.level as number) : null });
    } else if (e.type === 'HAS_INTEREST' && typeof e.props.score === 'number') {
      const scores = interests.get(e.from) ?? new Map<string, number>();
      scores.set(e.to, e.props.score);
      interests.set(e.from, scores);
    } else if (e.type === 'USES_TECHNOLOGY') v.technologies.set(e.to, e.props.inDemand === true);
  }
  for (const [id, scores] of interests) {
    const v = views.get(id) as OccupationView;
    if (scores.size === RIASEC.length) v.interests = RIASEC.map((i) => scores.get(i) as number);
  }
  return [...views.values()].sort((a, b) => compareText(a.id, b.id));
}
