import type { NodeLabel, Props } from '../../model/graph';
import type { Candidate, CandidateFacts, CandidateQuery, RequirementMatch, SalaryFacts } from '../graph-store';
import { compareBands, compareMatches } from '../neighbour-order';
import { compareText } from '../../shared/compare';
import type { MemoryGraph } from './memory-graph';

const CANDIDATE_LABELS: readonly NodeLabel[] = ['Occupation', 'CareerRole'];
/** In the order of CandidateFacts.automationCounts. */
const AUTOMATION_LEVELS: readonly string[] = ['AUTOMATABLE', 'AI_ASSISTED', 'HUMAN_CORE'];
const REQUIREMENT_RELS = new Set(['REQUIRES_SKILL', 'ESTIMATED_SKILL', 'USES_TECHNOLOGY']);

/** A candidate a skill is a requirement of, and how. */
export interface SkillLink {
  candidateId: string;
  match: RequirementMatch;
}

/**
 * The in-memory side of GraphStore.candidates (cypher/read-skill-requirements.cypher and
 * cypher/read-candidate-facts.cypher on Neo4j). `links` and `facts` give a skill's links and a
 * candidate's facts (the store caches both).
 */
export function candidates(query: CandidateQuery, links: (skillId: string) => readonly SkillLink[], facts: (id: string) => CandidateFacts | null): Candidate[] {
  const matches = new Map<string, RequirementMatch[]>();
  for (const skillId of new Set(query.skillIds)) {
    for (const l of links(skillId)) {
      const list = matches.get(l.candidateId);
      if (list) list.push(l.match);
      else matches.set(l.candidateId, [l.match]);
    }
  }
  for (const id of query.extraIds) if (!matches.has(id)) matches.set(id, []);
  const out: Candidate[] = [];
  for (const [id, list] of matches) {
    const f = facts(id);
    if (f && CANDIDATE_LABELS.includes(f.label)) out.push({ facts: f, matches: list.sort(compareMatches) });
  }
  return out.sort((a, b) => compareText(a.facts.id, b.facts.id));
}

/** The occupations and roles a skill is a requirement of: REQUIRES_SKILL, ESTIMATED_SKILL, USES_TECHNOLOGY, LEADS_TO. */
export function skillLinks(graph: MemoryGraph, skillId: string): SkillLink[] {
  const out: SkillLink[] = [];
  if (!graph.hasNode(skillId)) return out;
  const idf = num(graph.getNodeAttributes(skillId).props.idf);
  graph.forEachInEdge(skillId, (_key, a, source) => {
    if (!REQUIREMENT_RELS.has(a.type) || !CANDIDATE_LABELS.includes(graph.getNodeAttribute(source, 'label'))) return;
    out.push({ candidateId: source, match: requirementMatch(skillId, a.type as RequirementMatch['rel'], a.props, idf) });
  });
  graph.forEachOutEdge(skillId, (_key, a, _source, target) => {
    if (a.type !== 'LEADS_TO' || graph.getNodeAttribute(target, 'label') !== 'CareerRole') return;
    out.push({ candidateId: target, match: requirementMatch(skillId, 'LEADS_TO', {}, null) });
  });
  return out;
}

/** A link's scoring facts; a suppressed or not-relevant level reads as unknown (cypher/skill-requirements.cypher does the same). */
function requirementMatch(skillId: string, rel: RequirementMatch['rel'], p: Props, idf: number | null): RequirementMatch {
  const levelUsable = p.levelSuppressed !== true && p.notRelevant !== true;
  return {
    skillId,
    rel,
    importance: num(p.importance),
    level: levelUsable ? num(p.level) : null,
    suppressed: p.suppressed === true,
    inDemand: p.inDemand === true,
    idf: rel === 'USES_TECHNOLOGY' ? idf : null,
  };
}

/** One candidate's facts, or null when there is no such node. */
export function candidateFacts(graph: MemoryGraph, id: string): CandidateFacts | null {
  if (!graph.hasNode(id)) return null;
  const attrs = graph.getNodeAttributes(id);
  const facts: CandidateFacts = {
    id,
    label: attrs.label,
    jobZone: num(attrs.props.jobZone),
    skillImportanceMean: num(attrs.props.skillImportanceMean),
    skillWeightNorm: num(attrs.props.skillWeightNorm),
    technologyIdfSum: num(attrs.props.technologyIdfSum),
    estimated: Array.isArray(attrs.props.skillsEstimatedFrom),
    unratedSkills: 0,
    automationCounts: [0, 0, 0],
    salaryBands: [],
  };
  graph.forEachOutEdge(id, (_key, a, _source, target) => {
    const to = graph.getNodeAttributes(target);
    if (a.type === 'REQUIRES_SKILL' && num(a.props.importance) === null) facts.unratedSkills++;
    else if (a.type === 'HAS_TASK' && typeof to.props.automationLevel === 'string') {
      const at = AUTOMATION_LEVELS.indexOf(to.props.automationLevel);
      if (at >= 0) facts.automationCounts[at]++;
    } else if (a.type === 'HAS_SALARY_BAND' && to.label === 'SalaryBand') facts.salaryBands.push(salary(target, to.props));
  });
  graph.forEachInEdge(id, (_key, a, source) => {
    const from = graph.getNodeAttributes(source);
    if (a.type === 'PAYS_ROLE' && from.label === 'SalaryBand') facts.salaryBands.push(salary(source, from.props));
    else if (a.type === 'LEADS_TO' && from.label === 'Skill') facts.unratedSkills++;
  });
  facts.salaryBands.sort(compareBands);
  return facts;
}

function salary(id: string, props: Props): SalaryFacts {
  return { id, minYears: num(props.minYears), maxYears: num(props.maxYears), minAnnual: num(props.minAnnual), maxAnnual: num(props.maxAnnual) };
}

function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
