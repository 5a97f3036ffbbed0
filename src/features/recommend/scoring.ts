import type { CandidateFacts, RequirementMatch, SalaryFacts } from '../../store/graph-store';
import { exposureFrom } from '../automation/automation.service';
import { compareText } from '../../shared/compare';

/**
 * The recommendation formula, in one place (README "Recommendations" says the same).
 *
 * SKILLS compares the profile's skill entries with a candidate's requirements. Entries naming
 * rated skills (O*NET skills and knowledge, curated skills) and entries naming technologies
 * score apart, so a candidate's long technology list cannot bury its skills:
 *   SKILLS = (nR·S_R + ½·nT·S_T) / (nR + ½·nT)
 * - S_R, for a candidate with ratings: the cosine between the profile and the candidate's
 *   distinctive skills, w(s) = max(0, importance(s) − the candidate's mean importance), each
 *   match scaled by the level fit, times a breadth factor B = (mean over entries of
 *   min(1, importance / 3))², which marks down candidates rating a profile skill below O*NET's
 *   "important" (3):  S_R = min(1, B · Σ_entries max w·fit / (√nR · ‖w‖)).
 *   A curated (unrated) requirement, or a skill leading to a role, counts as importance 4.
 *   Without ratings (career roles): the cosine of the profile with its requirements, each
 *   weighing 1:  S_R = min(1, Σ_entries fit / (√nR · √requirements)).
 * - S_T: the technologies it uses among the profile's, by how rare they are (idf) and whether
 *   O*NET marks them in demand for it:
 *   S_T = min(1, Σ idf·(¾ + ¼·inDemand) / (P^0.9 · C^0.1)), P = Σ idf of the profile's
 *   technologies, C = Σ idf of all the candidate's.
 * Suppressed ratings never count; a suppressed or not-relevant level leaves the fit at 1.
 * Measured: a profile of an occupation's ten most important skills and knowledge areas finds
 * it in the top ten for 97% of occupations (bench/RESULTS.md).
 */
/**
 * O*NET's "important" on its 1-5 importance scale: the one threshold for what a role or
 * occupation needs (requirements, careerPaths' stops), skillsToAdd's weights and SKILLS' breadth.
 */
export const MIN_IMPORTANCE = 3;
export const UNRATED_IMPORTANCE = 4;
export const TECHNOLOGY_ENTRY_SHARE = 0.5;
export const IN_DEMAND_SHARE = 0.25;
export const TECHNOLOGY_BREADTH_EXPONENT = 0.1;
export const BREADTH_EXPONENT = 2;

/** skillsToAdd orders what a candidate asks by these weights: rated importance / 5, unrated 0.8, technology 0.4. */
export const UNRATED_SKILL_WEIGHT = 0.8;
export const TECHNOLOGY_WEIGHT = 0.4;

export const COMPONENT_WEIGHTS = {
  SKILLS: 0.5,
  RELATEDNESS: 0.2,
  AUTOMATION: 0.05,
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

/** How heavy a requirement is for skillsToAdd (null: not a requirement that counts). */
export function requirementWeight(m: Pick<RequirementMatch, 'rel' | 'importance'> & { suppressed?: boolean }): number | null {
  if (m.rel === 'USES_TECHNOLOGY') return TECHNOLOGY_WEIGHT;
  if (m.suppressed) return null;
  if (m.importance === null) return UNRATED_SKILL_WEIGHT;
  return m.importance >= MIN_IMPORTANCE ? m.importance / 5 : null;
}

/** One profile skill entry: the skills its name or id resolved to. */
export interface ProfileEntry {
  index: number;
  /** An entry naming only technologies scores in S_T; any other in S_R. */
  technology: boolean;
  skillIds: string[];
  level: number | null;
}

/** The profile as the scorer reads it, built once per request. */
export interface ScoringProfile {
  entries: ProfileEntry[];
  /** Skill id → its entry. */
  entryOf: ReadonlyMap<string, ProfileEntry>;
  rated: number;
  technologies: number;
  /** P: Σ idf of the profile's technologies. */
  technologyIdf: number;
  /** skillScore's working space, by entry index, used again for each candidate (see EntryScratch). */
  scratch: EntryScratch;
}

/**
 * Per profile entry, what skillScore has found for the candidate it is scoring: one set of
 * arrays per request instead of a Map, a Set and an object per candidate (a request scores
 * ~930; those were a sixth of its allocation). A slot counts for the current candidate only
 * when its stamp is that candidate's `round`, so nothing is cleared between candidates.
 */
interface EntryScratch {
  round: number;
  /** Entries the candidate asks for (counted), and rated entries with a best match so far. */
  asked: Uint32Array;
  rated: Uint32Array;
  part: Float64Array;
  importance: Float64Array;
  match: Array<SkillMatch | null>;
  /** Rated entries in the order their first match came: the sums run in that order. */
  order: Int32Array;
}

function entryScratch(size: number): EntryScratch {
  return {
    round: 0,
    asked: new Uint32Array(size),
    rated: new Uint32Array(size),
    part: new Float64Array(size),
    importance: new Float64Array(size),
    match: new Array<SkillMatch | null>(size).fill(null),
    order: new Int32Array(size),
  };
}

export function scoringProfile(entries: ProfileEntry[], idf: ReadonlyMap<string, number | null>): ScoringProfile {
  const entryOf = new Map<string, ProfileEntry>();
  for (const e of entries) for (const id of e.skillIds) entryOf.set(id, e);
  const technologyEntries = entries.filter((e) => e.technology);
  const technologyIdf = technologyEntries.reduce((sum, e) => sum + e.skillIds.reduce((s, id) => s + (idf.get(id) ?? 0), 0), 0);
  const size = entries.reduce((max, e) => Math.max(max, e.index + 1), 0);
  return {
    entries,
    entryOf,
    rated: entries.length - technologyEntries.length,
    technologies: technologyEntries.length,
    technologyIdf,
    scratch: entryScratch(size),
  };
}

export interface SkillMatch {
  skillId: string;
  rel: RequirementMatch['rel'];
  importance: number | null;
  requiredLevel: number | null;
  heldLevel: number | null;
  /** min(1, held level / required level) when both are known, else 1. */
  levelFit: number;
  /** Its part of the SKILLS value: the parts sum to it. */
  contribution: number;
}

export interface SkillScore {
  value: number;
  /** Profile entries the candidate asks for (any importance). */
  count: number;
  /** The matches with their contributions, largest first: only when asked to explain. */
  matches: SkillMatch[];
}

const fitOf = (held: number | null, required: number | null) => (held !== null && required !== null && required > 0 ? Math.min(1, held / required) : 1);

/** A match as `explain` shows it, before its contribution is scaled. */
function explained(m: RequirementMatch, entry: ProfileEntry, fit: number, part: number): SkillMatch {
  return { skillId: m.skillId, rel: m.rel, importance: m.importance, requiredLevel: m.level, heldLevel: entry.level, levelFit: fit, contribution: part };
}

/** SKILLS for one candidate (the formula above); `matches` are its links to the profile's skills. */
export function skillScore(p: ScoringProfile, matches: readonly RequirementMatch[], facts: CandidateFacts, explain: boolean): SkillScore {
  const weightOf = p.rated + TECHNOLOGY_ENTRY_SHARE * p.technologies;
  if (weightOf === 0) return { value: 0, count: 0, matches: [] };
  const mean = facts.skillImportanceMean;
  const norm = facts.skillWeightNorm;
  const rated = mean !== null && norm !== null && norm > 0;
  // Per rated entry: its best match and the highest importance it is rated at (EntryScratch).
  const s = p.scratch;
  const round = (s.round = (s.round + 1) >>> 0 || 1);
  let count = 0;
  let ratedEntries = 0;
  let technologySum = 0;
  const technology: SkillMatch[] | null = explain ? [] : null;
  for (const m of matches) {
    const entry = p.entryOf.get(m.skillId);
    if (!entry || m.suppressed) continue;
    const i = entry.index;
    if (s.asked[i] !== round) {
      s.asked[i] = round;
      count += 1;
    }
    const fit = fitOf(entry.level, m.level);
    if (entry.technology) {
      if (m.rel !== 'USES_TECHNOLOGY' || m.idf === null) continue;
      const part = m.idf * (1 - IN_DEMAND_SHARE + IN_DEMAND_SHARE * (m.inDemand ? 1 : 0));
      technologySum += part;
      technology?.push(explained(m, entry, fit, part));
      continue;
    }
    const importance = m.importance ?? UNRATED_IMPORTANCE;
    const part = (rated ? Math.max(0, importance - (mean as number)) : 1) * fit;
    if (s.rated[i] !== round) {
      s.rated[i] = round;
      s.order[ratedEntries++] = i;
      s.part[i] = part;
      s.importance[i] = Math.max(importance, 0);
      s.match[i] = explain ? explained(m, entry, fit, part) : null;
    } else if (part > s.part[i]) {
      s.part[i] = part;
      s.importance[i] = Math.max(importance, s.importance[i]);
      s.match[i] = explain ? explained(m, entry, fit, part) : null;
    } else s.importance[i] = Math.max(s.importance[i], importance);
  }
  let ratedScale = 0;
  if (p.rated > 0) {
    if (rated) {
      let breadth = 0;
      for (let k = 0; k < ratedEntries; k += 1) breadth += Math.min(1, s.importance[s.order[k]] / MIN_IMPORTANCE);
      ratedScale = (breadth / p.rated) ** BREADTH_EXPONENT / (Math.sqrt(p.rated) * (norm as number));
    } else if (facts.unratedSkills > 0) {
      ratedScale = 1 / (Math.sqrt(p.rated) * Math.sqrt(facts.unratedSkills));
    }
  }
  const C = facts.technologyIdfSum ?? 0;
  const technologyScale = p.technologyIdf > 0 && C > 0 ? 1 / (p.technologyIdf ** (1 - TECHNOLOGY_BREADTH_EXPONENT) * C ** TECHNOLOGY_BREADTH_EXPONENT) : 0;
  let ratedSum = 0;
  for (let k = 0; k < ratedEntries; k += 1) ratedSum += s.part[s.order[k]];
  // Each part is capped at 1; a capped part's matches are scaled down with it.
  const ratedValue = Math.min(1, ratedScale * ratedSum);
  const technologyValue = Math.min(1, technologyScale * technologySum);
  const ratedShare = p.rated / weightOf;
  const technologyShare = (TECHNOLOGY_ENTRY_SHARE * p.technologies) / weightOf;
  const value = ratedShare * ratedValue + technologyShare * technologyValue;
  if (!explain) return { value, count, matches: [] };
  const out: SkillMatch[] = [];
  const scale = (sum: number, capped: number, share: number) => (sum > 0 ? (capped / sum) * share : 0);
  for (let k = 0; k < ratedEntries; k += 1) {
    const match = s.match[s.order[k]] as SkillMatch;
    out.push({ ...match, contribution: match.contribution * scale(ratedSum, ratedValue, ratedShare) });
  }
  for (const t of technology ?? []) out.push({ ...t, contribution: t.contribution * scale(technologySum, technologyValue, technologyShare) });
  out.sort((a, b) => b.contribution - a.contribution || compareText(a.skillId, b.skillId));
  return { value, count, matches: out.filter((m) => m.contribution > 0 || !rated) };
}

/** 1 − automation exposure (share of tasks AI can take); unknown without classified tasks. */
export function automationScore(facts: CandidateFacts): { value: number; exposure: number | null } {
  const exposure = exposureFrom(facts.automationCounts);
  return { value: exposure === null ? NEUTRAL : 1 - exposure, exposure };
}

/**
 * The band the person would be paid in: the one whose years contain theirs, else (no years
 * given, or beyond every band) the best-paid. Value: min(1, its top of range / target).
 */
export function salaryScore(facts: CandidateFacts, target: number, years: number | null): { value: number; band: SalaryFacts | null } {
  const bands = facts.salaryBands.filter((b) => b.maxAnnual !== null);
  if (bands.length === 0) return { value: NEUTRAL, band: null };
  const inRange = years === null ? undefined : bands.find((b) => (b.minYears ?? 0) <= years && (b.maxYears === null || years <= b.maxYears));
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
