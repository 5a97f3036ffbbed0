import { nodeId, occupationKey, OCCUPATION_CODE_PATTERN } from '../../model/ids';
import { searchWords } from '../../model/search-text';
import type { CandidateFacts, RequirementMatch } from '../../store/graph-store';
import { compareMatches } from '../../store/neighbour-order';
import { BadUserInputError } from '../../shared/errors';
import { cursorScope, decodeCursor, encodeCursor } from '../common/cursor';
import { MAX_PAGE_SIZE } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import {
  automationScore, combine, COMPONENT_WEIGHTS, experienceScore, MIN_IMPORTANCE, requirementWeight, round4, salaryScore, skillScore,
  type ComponentName, type HeldSkill, type SkillMatch,
} from './scoring';

export const MAX_RECOMMENDATIONS = 50;
export const MAX_PROFILE_SKILLS = 100;
const MAX_YEARS = 80;
const MAX_SKILL_LEVEL = 7;

export type CandidateKind = 'OCCUPATION' | 'CAREER_ROLE';

export interface ProfileInput {
  occupation?: string | null;
  skills?: Array<{ skill: string; level?: number | null }> | null;
  yearsOfExperience?: number | null;
  targetSalary?: number | null;
  kinds?: CandidateKind[] | null;
}

export interface IgnoredInput {
  field: string;
  value: string;
  reason: string;
}

export interface ScoreComponent {
  name: ComponentName;
  /** Its share of the score's weight among the components that apply (they sum to 1). */
  weight: number;
  value: number;
  /** weight × value: the components' contributions sum to the score (to rounding). */
  contribution: number;
  /** False when the candidate has no data for it and it scored the neutral 0.5. */
  known: boolean;
  detail: string;
}

export interface ExplanationPath {
  component: ComponentName;
  reason: string;
  nodeIds: string[];
  relationships: string[];
}

export interface Recommendation {
  cursor: string;
  rank: number;
  candidateId: string;
  score: number;
  components: ScoreComponent[];
  matchedSkills: SkillMatch[];
  /** Distinct profile skills it asks for. */
  matchedCount: number;
  paths: ExplanationPath[];
  /** Skill ids the profile holds: what `skillsToAdd` leaves out. */
  held: ReadonlySet<string>;
}

export interface RecommendationPage {
  items: Recommendation[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  ignored: IgnoredInput[];
  resolvedSkills: Array<{ input: string; skillIds: string[] }>;
}

interface ScoringInput {
  profile: ProfileInput;
  held: ReadonlyMap<string, HeldSkill>;
  /** Profile skill entries that resolved to at least one skill. */
  entries: number;
  matches: ReadonlyMap<string, readonly RequirementMatch[]>;
  related: ReadonlyMap<string, Relatedness>;
  current: string | null;
  heldIds: ReadonlySet<string>;
}

interface Relatedness {
  value: number;
  path: ExplanationPath;
}

/**
 * `recommend`: scores every occupation or career role the profile's skills or occupation
 * reach (README "Recommendations"), over two store reads shared by both stores, so both
 * give the same answers. Values that cannot be right (negative years, a level off the
 * O*NET scale) are errors naming the field; values the graph does not know (an unknown
 * skill or occupation) are left out and listed in `ignored`, so one stale skill in a
 * profile does not cost a recommendation engine the whole answer.
 */
export class RecommendService {
  constructor(private readonly graph: GraphService) {}

  async recommend(profile: ProfileInput, first: number, after: string | null): Promise<RecommendationPage> {
    validate(profile, first);
    const ignored: IgnoredInput[] = [];
    // Everything that does not depend on another read starts at once: the occupation and its
    // neighbourhood, the skills named by name, and the candidates of the skills named by id.
    const currentId = profile.occupation == null ? null : nodeId.occupation(occupationKey(profile.occupation));
    const idInputs = [...new Set((profile.skills ?? []).map((s) => s.skill.trim()).filter((s) => s.startsWith('skill:')))].sort();
    const [currentNode, resolved, relatedAll, byIds] = await Promise.all([
      currentId ? this.graph.node(currentId) : Promise.resolve(null),
      this.resolveSkills(profile, ignored),
      currentId ? this.relatedTo(currentId) : Promise.resolve(new Map<string, Relatedness>()),
      idInputs.length > 0 ? this.graph.store.candidates({ skillIds: idInputs, extraIds: [], minImportance: MIN_IMPORTANCE }) : Promise.resolve([]),
    ]);
    const current = currentNode?.__label === 'Occupation' ? currentNode.id : null;
    if (profile.occupation != null && !current) ignored.unshift({ field: 'profile.occupation', value: profile.occupation, reason: 'no occupation has this code' });
    const related = current ? relatedAll : new Map<string, Relatedness>();
    const held = resolved.flatMap((r, entry) => r.skillIds.map((id) => ({ id, level: r.level, entry })));
    const kinds = new Set<CandidateKind>(profile.kinds && profile.kinds.length > 0 ? profile.kinds : ['OCCUPATION', 'CAREER_ROLE']);

    // Then one more read for what that did not cover: skills found by name, related candidates.
    const byId = new Map(byIds.map((c) => [c.facts.id, c]));
    const moreSkills = held.map((h) => h.id).filter((id) => !idInputs.includes(id));
    const moreIds = [...related.keys()].filter((id) => !byId.has(id));
    if (moreSkills.length > 0 || moreIds.length > 0) {
      for (const c of await this.graph.store.candidates({ skillIds: moreSkills, extraIds: moreIds, minImportance: MIN_IMPORTANCE })) {
        const known = byId.get(c.facts.id);
        byId.set(c.facts.id, known ? { facts: known.facts, matches: [...known.matches, ...c.matches].sort(compareMatches) } : c);
      }
    }
    const heldIds = new Set(held.map((h) => h.id));
    const matchesById = new Map<string, RequirementMatch[]>();
    const facts: CandidateFacts[] = [];
    for (const { facts: f, matches } of [...byId.values()].sort((a, b) => compareText(a.facts.id, b.facts.id))) {
      if (f.id === current || !kinds.has(f.label === 'Occupation' ? 'OCCUPATION' : 'CAREER_ROLE')) continue;
      matchesById.set(f.id, matches);
      facts.push(f);
    }

    const entries = resolved.filter((r) => r.skillIds.length > 0).length;
    const input: ScoringInput = { profile, held: new Map(held.map((h) => [h.id, h])), entries, matches: matchesById, related, current, heldIds };
    const factsById = new Map(facts.map((f) => [f.id, f]));
    const scored = facts
      .map((f) => this.score(input, f, false))
      .filter((r) => r.matchedCount > 0 || related.has(r.candidateId))
      .sort((a, b) => b.score - a.score || compareText(a.candidateId, b.candidateId));

    const scope = cursorScope('recommend', normalised(profile));
    let start = 0;
    if (after) {
      const [score, id] = decodeCursor(after, scope);
      start = scored.findIndex((r) => r.score < Number(score) || (r.score === Number(score) && compareText(r.candidateId, String(id)) > 0));
      if (start < 0) start = scored.length;
    }
    const items = scored.slice(start, start + first).map((r, i) => ({
      ...this.score(input, factsById.get(r.candidateId) as CandidateFacts, true),
      rank: start + i + 1,
      cursor: encodeCursor(scope, [r.score, r.candidateId]),
    }));
    return {
      items, totalCount: scored.length, hasNextPage: start + items.length < scored.length, hasPreviousPage: start > 0,
      ignored, resolvedSkills: resolved.map((r) => ({ input: r.input, skillIds: r.skillIds })),
    };
  }

  /**
   * Scores one candidate. With `explain` false only the score is computed (every candidate
   * is scored); the page's items are scored again with `explain`, which adds the component
   * details and paths: same functions, same numbers.
   */
  private score(c: ScoringInput, facts: CandidateFacts, explain: boolean): Omit<Recommendation, 'rank' | 'cursor'> {
    const { profile } = c;
    const parts: Array<{ name: ComponentName; value: number; known: boolean; detail: string }> = [];
    const paths: ExplanationPath[] = [];
    const related = c.related.get(facts.id) ?? null;
    let matchedSkills: SkillMatch[] = [];
    let matchedCount = 0;
    if (c.entries > 0) {
      const s = skillScore(c.held, c.entries, c.matches.get(facts.id) ?? [], facts, explain);
      matchedSkills = s.matches;
      matchedCount = s.count;
      parts.push({
        name: 'SKILLS', value: s.value, known: true,
        detail: explain ? `F1 of coverage ${round4(s.coverage)} (weight of its requirements you hold) and use ${round4(s.use)} (share of your skills it asks for)` : '',
      });
      for (const m of explain ? s.matches : []) {
        paths.push({
          component: 'SKILLS', nodeIds: [facts.id, m.skillId], relationships: [m.rel],
          reason: `${m.rel === 'USES_TECHNOLOGY' ? 'uses' : 'requires'} a skill you hold (weight ${round4(m.weight)}${m.importance !== null ? `, importance ${m.importance}` : ''}${m.levelFit < 1 ? `, your level covers ${round4(m.levelFit)} of the ${m.requiredLevel} asked` : ''})`,
        });
      }
    }
    if (c.current) {
      parts.push({
        name: 'RELATEDNESS', value: related?.value ?? 0, known: true,
        detail: related ? related.path.reason : 'not related to your occupation in the graph',
      });
      if (related && explain) paths.push(related.path);
    }
    const automation = automationScore(facts);
    parts.push({
      name: 'AUTOMATION', value: automation.value, known: automation.exposure !== null,
      detail: automation.exposure === null ? 'no task has an automation level: neutral' : explain ? `1 − automation exposure ${automation.exposure}` : '',
    });
    const years = profile.yearsOfExperience ?? null;
    if (profile.targetSalary != null) {
      const s = salaryScore(facts, profile.targetSalary, years);
      parts.push({
        name: 'SALARY', value: s.value, known: s.band !== null,
        detail: s.band ? (explain ? `pays up to ${s.band.maxAnnual} against your target ${profile.targetSalary}` : '') : 'no salary data: neutral',
      });
      if (s.band && explain) {
        const rel = facts.label === 'Occupation' ? 'HAS_SALARY_BAND' : 'PAYS_ROLE';
        paths.push({ component: 'SALARY', nodeIds: [facts.id, s.band.id], relationships: [rel], reason: `salary band paying up to ${s.band.maxAnnual}` });
      }
    }
    if (years !== null) {
      const e = experienceScore(facts, years);
      parts.push({
        name: 'EXPERIENCE', value: e.value, known: e.required !== null,
        detail: e.required === null ? 'no experience requirement known: neutral' : explain ? `asks about ${e.required} years; you have ${years}` : '',
      });
      if (facts.jobZone !== null && explain) {
        paths.push({ component: 'EXPERIENCE', nodeIds: [facts.id, nodeId.jobZone(facts.jobZone)], relationships: ['IN_JOB_ZONE'], reason: `O*NET job zone ${facts.jobZone}` });
      }
    }
    const score = combine(parts);
    if (!explain) return { candidateId: facts.id, score, components: [], matchedSkills, matchedCount, paths, held: c.heldIds };
    const totalWeight = parts.reduce((sum, p) => sum + COMPONENT_WEIGHTS[p.name], 0);
    const components = parts.map((p) => {
      const weight = COMPONENT_WEIGHTS[p.name] / totalWeight;
      return { ...p, value: round4(p.value), weight: round4(weight), contribution: round4(weight * p.value) };
    });
    return { candidateId: facts.id, score, components, matchedSkills, matchedCount, paths, held: c.heldIds };
  }

  /** Each entry: a skill id, or a skill's exact name (any case); a name two skills share gives both. */
  private async resolveSkills(profile: ProfileInput, ignored: IgnoredInput[]) {
    const entries = profile.skills ?? [];
    const seen = new Set<string>();
    const resolved = await Promise.all(
      entries.map(async (e, i) => {
        const input = e.skill.trim();
        const level = e.level ?? null;
        const field = `profile.skills[${i}].skill`;
        if (input.startsWith('skill:')) {
          const node = await this.graph.node(input);
          if (node?.__label === 'Skill') return { input, level, skillIds: [input] };
          ignored.push({ field, value: input, reason: node ? `is a ${node.__label}, not a skill` : 'no skill has this id' });
          return { input, level, skillIds: [] };
        }
        const words = searchWords(input);
        const page = words.length > 0 ? await this.graph.store.search({ words, labels: ['Skill'], after: null, limit: 50 }) : { items: [] };
        const exact = page.items.filter((n) => String(n.props.name ?? '').toLowerCase() === input.toLowerCase()).map((n) => n.id);
        if (exact.length === 0) ignored.push({ field, value: input, reason: 'no skill has this id or exact name (search for it with `search(types: [SKILL])`)' });
        return { input, level, skillIds: exact };
      }),
    );
    resolved.forEach((r, i) => {
      const fresh = r.skillIds.filter((id) => !seen.has(id));
      if (fresh.length < r.skillIds.length) {
        ignored.push({ field: `profile.skills[${i}].skill`, value: r.input, reason: 'repeats a skill listed before it' });
      }
      fresh.forEach((id) => seen.add(id));
      r.skillIds = fresh;
    });
    return resolved;
  }

  /**
   * Candidates related to the current occupation, best link kept: an O*NET related occupation
   * (its tier weight: 1, 0.75, 0.5), a specialty or its parent (1), one of its career roles
   * (1), or a role one of those advances to (0.75).
   */
  private async relatedTo(current: string): Promise<Map<string, Relatedness>> {
    const out = new Map<string, Relatedness>();
    const offer = (id: string, value: number, path: ExplanationPath) => {
      const known = out.get(id);
      if (!known || value > known.value) out.set(id, { value, path });
    };
    const [relatedOccupations, specialties, parents, roles] = await Promise.all([
      this.graph.all(current, RELATIONS.relatedOccupations),
      this.graph.all(current, { rel: 'SPECIALISES', direction: 'IN' }),
      this.graph.all(current, { rel: 'SPECIALISES', direction: 'OUT' }),
      this.graph.all(current, RELATIONS.occupationRoles),
    ]);
    for (const r of relatedOccupations) {
      const weight = typeof r.edge.weight === 'number' ? r.edge.weight : 0;
      offer(r.node.id, weight, { component: 'RELATEDNESS', nodeIds: [current, r.node.id], relationships: ['RELATED_TO'], reason: `O*NET relates it to your occupation (${String(r.edge.tier)}, weight ${weight})` });
    }
    for (const r of [...specialties, ...parents]) {
      offer(r.node.id, 1, { component: 'RELATEDNESS', nodeIds: [current, r.node.id], relationships: ['SPECIALISES'], reason: 'a specialty of your occupation, or the occupation yours specialises' });
    }
    for (const r of roles) {
      offer(r.node.id, 1, { component: 'RELATEDNESS', nodeIds: [current, r.node.id], relationships: ['HAS_ROLE'], reason: 'a career role of your occupation' });
    }
    const next = await Promise.all(roles.map((r) => this.graph.all(r.node.id, RELATIONS.roleAdvancesTo)));
    next.forEach((list, i) => {
      for (const r of list) {
        offer(r.node.id, 0.75, {
          component: 'RELATEDNESS', nodeIds: [current, roles[i].node.id, r.node.id], relationships: ['HAS_ROLE', 'ADVANCES_TO'],
          reason: 'one move on from a career role of your occupation',
        });
      }
    });
    return out;
  }
}

export interface SkillToAddData {
  skill: object;
  relationship: string;
  importance: number | null;
  level: number | null;
  weight: number;
}

/** A candidate's requirements the profile does not hold, heaviest first, then name and id. */
export async function skillsToAdd(graph: GraphService, candidateId: string, held: ReadonlySet<string>, first: number): Promise<SkillToAddData[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const [skills, technologies, leading] = await Promise.all([
    graph.all(candidateId, RELATIONS.occupationSkills),
    graph.all(candidateId, RELATIONS.occupationTechnologies),
    graph.all(candidateId, RELATIONS.roleSkillsLeadingTo),
  ]);
  const byId = new Map<string, SkillToAddData & { name: string; id: string }>();
  const lists = [['REQUIRES_SKILL', skills], ['USES_TECHNOLOGY', technologies], ['LEADS_TO', leading]] as const;
  for (const [rel, list] of lists) {
    for (const { node, edge } of list) {
      const importance = rel !== 'LEADS_TO' && typeof edge.importance === 'number' ? edge.importance : null;
      const weight = requirementWeight({ rel, importance });
      if (weight === null || held.has(node.id) || node.__label !== 'Skill' || (byId.get(node.id)?.weight ?? -1) >= weight) continue;
      const level = rel !== 'LEADS_TO' && typeof edge.level === 'number' ? edge.level : null;
      byId.set(node.id, { skill: node, relationship: rel, importance, level, weight: round4(weight), name: String(node.name ?? ''), id: node.id });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  return out.slice(0, first);
}

function validate(profile: ProfileInput, first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDATIONS) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_RECOMMENDATIONS}, got ${first}`);
  }
  const skills = profile.skills ?? [];
  if (profile.occupation == null && skills.length === 0) {
    throw new BadUserInputError('profile', 'give an occupation or at least one skill to recommend from');
  }
  if (profile.occupation != null && !OCCUPATION_CODE_PATTERN.test(profile.occupation)) {
    throw new BadUserInputError('profile.occupation', `must be a SOC code such as 29-2011 or an O*NET-SOC code such as 29-2011.01, got "${profile.occupation}"`);
  }
  if (skills.length > MAX_PROFILE_SKILLS) {
    throw new BadUserInputError('profile.skills', `lists ${skills.length} skills; at most ${MAX_PROFILE_SKILLS}`);
  }
  skills.forEach((s, i) => {
    if (s.skill.trim().length === 0 || s.skill.length > 200) throw new BadUserInputError(`profile.skills[${i}].skill`, 'must be a skill id or name of 1 to 200 characters');
    const level = s.level;
    if (level != null && !(level >= 0 && level <= MAX_SKILL_LEVEL)) {
      throw new BadUserInputError(`profile.skills[${i}].level`, `must be on O*NET's level scale, 0 to ${MAX_SKILL_LEVEL}, got ${level}`);
    }
  });
  const years = profile.yearsOfExperience;
  if (years != null && !(years >= 0 && years <= MAX_YEARS)) {
    throw new BadUserInputError('profile.yearsOfExperience', `must be between 0 and ${MAX_YEARS}, got ${years}`);
  }
  const salary = profile.targetSalary;
  if (salary != null && !(salary > 0 && salary < 1e9)) {
    throw new BadUserInputError('profile.targetSalary', `must be a positive annual amount, got ${salary}`);
  }
}

/** What identifies a recommendation list: the profile, in a stable form. */
function normalised(profile: ProfileInput): unknown {
  return [
    profile.occupation ?? null,
    (profile.skills ?? []).map((s) => [s.skill.trim(), s.level ?? null]),
    profile.yearsOfExperience ?? null,
    profile.targetSalary ?? null,
    [...(profile.kinds ?? [])].sort(),
  ];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
