import type { CandidateFacts, RequirementMatch, SalaryFacts } from '../../store/graph-store';
import { exposureFrom } from '../automation/automation.service';
import { compareText } from '../../shared/compare';

/**
 * The recommendation formula, in one place (README "Recommendations" says the same).
 *
 * A candidate's requirements are its REQUIRES_SKILL links (O*NET-rated ones only at
 * importance >= MIN_IMPORTANCE, O*NET's "important"), its USES_TECHNOLOGY links and, for a
 * career role, the skills that LEADS_TO it. Each weighs: rated importance / 5; an unrated
 * (curated) skill, or one that leads to the role, 0.8; a technology 0.4.
 */
export const MIN_IMPORTANCE = 3;
export const UNRATED_SKILL_WEIGHT = 0.8;
export const TECHNOLOGY_WEIGHT = 0.4;

export const COMPONENT_WEIGHTS = {
  SKILLS: 0.5,
  RELATEDNESS: 0.2,
  AUTOMATION: 0.1,
  SALARY: 0.1,
  EXPERIENCE: 0.1,
} as const;
export type ComponentName = keyof typeof COMPONENT_WEIGHTS;

/** A component a candidate has no data for scores this, and says so (`known: false`). */
export const NEUTRAL = 0.5;

/**
 * Years of experience an O*NET job zone asks, from the zones' own wording: 1 "little or no",
 * 2 "some", 3 "required" (e.g. years of apprenticeship), 4 "considerable", 5 "more than five
 * years".
 */
export const JOB_ZONE_YEARS: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 3, 5: 5 };

export function requirementWeight(m: Pick<RequirementMatch, 'rel' | 'importance'>): number | null {
  if (m.rel === 'USES_TECHNOLOGY') return TECHNOLOGY_WEIGHT;
  if (m.importance === null) return UNRATED_SKILL_WEIGHT;
  return m.importance >= MIN_IMPORTANCE ? m.importance / 5 : null;
}

const totals = new WeakMap<CandidateFacts, number>();

/** Σ weight of a candidate's requirements (remembered per facts object: stores may reuse them). */
export function totalRequirementWeight(f: CandidateFacts): number {
  let total = totals.get(f);
  if (total === undefined) {
    total = 0;
    for (const i of f.ratedImportances) total += i / 5;
    total += f.unratedSkills * UNRATED_SKILL_WEIGHT + f.technologies * TECHNOLOGY_WEIGHT;
    totals.set(f, total);
  }
  return total;
}

export interface HeldSkill {
  id: string;
  /** O*NET level scale 0-7, when the profile gave one. */
  level: number | null;
  /** Which profile entry it came from (an ambiguous name resolves to several skills). */
  entry: number;
}

export interface SkillMatch {
  skillId: string;
  rel: RequirementMatch['rel'];
  importance: number | null;
  requiredLevel: number | null;
  heldLevel: number | null;
  weight: number;
  /** min(1, held level / required level) when both are known, else 1. */
  levelFit: number;
}

export interface SkillScore {
  value: number;
  /** Share of the candidate's requirement weight the profile holds (level-adjusted). */
  coverage: number;
  /** Share of the profile's skill entries the candidate asks for. */
  use: number;
  /** Distinct skills matched. */
  count: number;
  /** The matches, heaviest first: only when asked to explain. */
  matches: SkillMatch[];
}

/**
 * F1 of coverage and use: high only when the profile covers the candidate and the candidate
 * uses the profile. `matches` are in skill id order (a skill matched twice, say required and
 * leading to a role, counts once, at its larger weight). The match list is built only when
 * `explain` asks for it: every candidate is scored, few are shown.
 */
export function skillScore(
  held: ReadonlyMap<string, HeldSkill>, entries: number, matches: readonly RequirementMatch[], facts: CandidateFacts, explain: boolean,
): SkillScore {
  const list: SkillMatch[] = [];
  const used = new Set<number>();
  let covered = 0;
  let count = 0;
  let previous: { skillId: string; weight: number; part: number; index: number } | null = null;
  for (const m of matches) {
    const weight = requirementWeight(m);
    const h = held.get(m.skillId);
    if (weight === null || !h) continue;
    const levelFit = h.level !== null && m.level !== null && m.level > 0 ? Math.min(1, h.level / m.level) : 1;
    const part = weight * levelFit;
    const match: SkillMatch | null = explain
      ? { skillId: m.skillId, rel: m.rel, importance: m.importance, requiredLevel: m.level, heldLevel: h.level, weight, levelFit }
      : null;
    if (previous && previous.skillId === m.skillId) {
      if (weight <= previous.weight) continue;
      covered += part - previous.part;
      previous = { skillId: m.skillId, weight, part, index: previous.index };
      if (match) list[previous.index] = match;
      continue;
    }
    covered += part;
    count++;
    used.add(h.entry);
    previous = { skillId: m.skillId, weight, part, index: list.length };
    if (match) list.push(match);
  }
  list.sort((a, b) => b.weight * b.levelFit - a.weight * a.levelFit || compareText(a.skillId, b.skillId));
  const total = totalRequirementWeight(facts);
  const coverage = total > 0 ? Math.min(1, covered / total) : 0;
  const use = entries > 0 ? used.size / entries : 0;
  const value = coverage + use > 0 ? (2 * coverage * use) / (coverage + use) : 0;
  return { value, coverage, use, count, matches: list };
}

/** 1 − automation exposure (share of tasks AI can take); unknown without classified tasks. */
export function automationScore(facts: CandidateFacts): { value: number; exposure: number | null } {
  const count = (level: string) => facts.taskLevels.filter((l) => l === level).length;
  const exposure = exposureFrom([count('AUTOMATABLE'), count('AI_ASSISTED'), count('HUMAN_CORE')]);
  return { value: exposure === null ? NEUTRAL : 1 - exposure, exposure };
}

/**
 * The band the person would be paid in: the one whose years contain theirs, else (no years
 * given, or beyond every band) the best-paid. Value: min(1, its top of range / target).
 */
export function salaryScore(facts: CandidateFacts, target: number, years: number | null): { value: number; band: SalaryFacts | null } {
  const bands = facts.salaryBands.filter((b) => b.maxAnnual !== null);
  if (bands.length === 0) return { value: NEUTRAL, band: null };
  const inRange =
    years === null ? undefined : bands.find((b) => (b.minYears ?? 0) <= years && (b.maxYears === null || years <= b.maxYears));
  const band = inRange ?? bands.reduce((best, b) => ((b.maxAnnual as number) > (best.maxAnnual as number) ? b : best));
  return { value: Math.min(1, (band.maxAnnual as number) / target), band };
}

/** min(1, years / years required); required from the job zone, or a role's lowest band. */
export function experienceScore(facts: CandidateFacts, years: number): { value: number; required: number | null } {
  const required = requiredYears(facts);
  if (required === null) return { value: NEUTRAL, required };
  return { value: required <= 0 ? 1 : Math.min(1, years / required), required };
}

export function requiredYears(facts: CandidateFacts): number | null {
  if (facts.jobZone !== null && JOB_ZONE_YEARS[facts.jobZone] !== undefined) return JOB_ZONE_YEARS[facts.jobZone];
  const mins = facts.salaryBands.map((b) => b.minYears).filter((y): y is number => y !== null);
  return mins.length > 0 ? Math.min(...mins) : null;
}

/** Σ weight × value over the components that apply, divided by Σ of their weights. */
export function combine(components: ReadonlyArray<{ name: ComponentName; value: number }>): number {
  let weighted = 0;
  let weights = 0;
  for (const c of components) {
    weighted += COMPONENT_WEIGHTS[c.name] * c.value;
    weights += COMPONENT_WEIGHTS[c.name];
  }
  return weights > 0 ? round4(weighted / weights) : 0;
}

export const round4 = (n: number) => Math.round(n * 10000) / 10000;
