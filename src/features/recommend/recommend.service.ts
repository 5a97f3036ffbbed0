import { nodeId, occupationId } from '../../model/ids';
import type { CandidateFacts, RequirementMatch } from '../../store/graph-store';
import { cursorScope } from '../common/cursor';
import { findOccupation } from '../common/node-ref';
import { rankedPage } from '../common/ranked-page';
import type { GraphService } from '../graph/graph.service';
import { normalisedProfile, resolveProfileSkills, validateProfile } from './profile-input';
import {
  CANDIDATE_KINDS,
  type CandidateKind,
  type ExplanationPath,
  type IgnoredInput,
  type ProfileInput,
  type Recommendation,
  type RecommendationPage,
  type Relatedness,
  type ScoringInput,
} from './recommend.model';
import { RELATEDNESS_READS, relatedTo } from './relatedness';
import {
  automationScore,
  combine,
  COMPONENT_WEIGHTS,
  experienceScore,
  round4,
  salaryScore,
  scoringProfile,
  skillScore,
  type ComponentName,
  type ProfileEntry,
  type SkillMatch,
} from './scoring';
import { compareText } from '../../shared/compare';

/**
 * `recommend`: scores every occupation or career role the profile's skills or occupation
 * reach (README "Recommendations"), over store reads both stores answer alike, so both
 * give the same answers. Values that cannot be right (negative years, a level off the
 * O*NET scale) are errors naming the field; values the graph does not know (an unknown
 * skill or occupation) are left out and listed in `ignored`, so one stale skill in a
 * profile does not cost a recommendation engine the whole answer.
 */
export class RecommendService {
  constructor(private readonly graph: GraphService) {}

  async recommend(profile: ProfileInput, first: number, after: string | null): Promise<RecommendationPage> {
    validateProfile(profile, first);
    const ignored: IgnoredInput[] = [];
    // Two round trips: the occupation with its neighbourhood (one read) beside the profile's
    // skills (by name in one read, by id in another), then every candidate in one read.
    const currentId = profile.occupation == null ? null : occupationId(profile.occupation);
    if (currentId) this.graph.prefetchTraversal(currentId, RELATEDNESS_READS);
    const [currentNode, resolved] = await Promise.all([
      profile.occupation != null ? findOccupation(this.graph, profile.occupation) : Promise.resolve(null),
      resolveProfileSkills(this.graph, profile, ignored),
    ]);
    const current = currentNode?.id ?? null;
    if (profile.occupation != null && !current)
      ignored.unshift({ field: 'profile.occupation', value: profile.occupation, reason: 'no occupation has this code' });
    const related = current ? await relatedTo(this.graph, current) : new Map<string, Relatedness>();
    const held = resolved.flatMap((r) => r.skillIds.map((id) => ({ id })));
    const kinds = new Set<CandidateKind>(profile.kinds && profile.kinds.length > 0 ? profile.kinds : CANDIDATE_KINDS);
    const candidates = held.length + related.size > 0 ? await this.graph.candidates({ skillIds: held.map((h) => h.id), extraIds: [...related.keys()] }) : [];
    const heldIds = new Set(held.map((h) => h.id));
    const matchesById = new Map<string, readonly RequirementMatch[]>();
    const facts: CandidateFacts[] = [];
    for (const { facts: f, matches } of candidates) {
      if (f.id === current || !kinds.has(f.label === 'Occupation' ? 'OCCUPATION' : 'CAREER_ROLE')) continue;
      matchesById.set(f.id, matches);
      facts.push(f);
    }

    const entries = resolved.flatMap((r, index): ProfileEntry[] => {
      if (r.skills.length === 0) return [];
      const rated = r.skills.filter((s) => !s.technology);
      const chosen = rated.length > 0 ? rated : r.skills;
      return [{ index, technology: rated.length === 0, skillIds: chosen.map((s) => s.id), level: r.level }];
    });
    const skills = scoringProfile(entries, new Map(resolved.flatMap((r) => r.skills.map((s) => [s.id, s.idf] as const))));
    const input: ScoringInput = { profile, skills, matches: matchesById, related, current, heldIds };
    const factsById = new Map(facts.map((f) => [f.id, f]));
    const scored = facts
      .map((f) => this.score(input, f, false))
      .filter((r) => r.matchedCount > 0 || related.has(r.candidateId))
      .sort((a, b) => b.score - a.score || compareText(a.candidateId, b.candidateId));

    const page = rankedPage(
      scored,
      (r) => ({ score: r.score, id: r.candidateId }),
      { scope: cursorScope('recommend', normalisedProfile(profile)), first, after },
      (r) => this.score(input, factsById.get(r.candidateId) as CandidateFacts, true),
    );
    return { ...page, ignored, resolvedSkills: resolved.map((r) => ({ input: r.input, skillIds: r.skillIds })) };
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
    if (c.skills.entries.length > 0) {
      const s = skillScore(c.skills, c.matches.get(facts.id) ?? [], facts, explain);
      matchedSkills = s.matches;
      matchedCount = s.count;
      parts.push({ name: 'SKILLS', value: s.value, known: true, detail: explain ? skillsDetail(facts, s.count, c.skills.entries.length) : '' });
      for (const m of explain ? s.matches : []) {
        paths.push({
          component: 'SKILLS',
          nodeIds: [facts.id, m.skillId],
          relationships: [m.rel],
          reason: `${MATCH_VERBS[m.rel]} a skill you hold (adds ${round4(m.contribution)}${m.importance !== null ? `, importance ${m.importance}` : ''}${m.levelFit < 1 ? `, your level covers ${round4(m.levelFit)} of the ${m.requiredLevel} asked` : ''})`,
        });
      }
    }
    if (c.current) {
      parts.push({
        name: 'RELATEDNESS',
        value: related?.value ?? 0,
        known: true,
        detail: related ? related.path.reason : 'not related to your occupation in the graph',
      });
      if (related && explain) paths.push(related.path);
    }
    const automation = automationScore(facts);
    parts.push({
      name: 'AUTOMATION',
      value: automation.value,
      known: automation.exposure !== null,
      detail: automation.exposure === null ? 'no task has an automation level: neutral' : explain ? `1 − automation exposure ${automation.exposure}` : '',
    });
    const years = profile.yearsOfExperience ?? null;
    if (profile.targetSalary != null) {
      const s = salaryScore(facts, profile.targetSalary, years);
      parts.push({
        name: 'SALARY',
        value: s.value,
        known: s.band !== null,
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
        name: 'EXPERIENCE',
        value: e.value,
        known: e.required !== null,
        detail: e.required === null ? 'no experience requirement known: neutral' : explain ? `asks about ${e.required} years; you have ${years}` : '',
      });
      if (facts.jobZone !== null && explain) {
        paths.push({
          component: 'EXPERIENCE',
          nodeIds: [facts.id, nodeId.jobZone(facts.jobZone)],
          relationships: ['IN_JOB_ZONE'],
          reason: `O*NET job zone ${facts.jobZone}`,
        });
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
}

const MATCH_VERBS: Record<SkillMatch['rel'], string> = {
  REQUIRES_SKILL: 'requires',
  ESTIMATED_SKILL: 'is estimated to require',
  USES_TECHNOLOGY: 'uses',
  LEADS_TO: 'is reached through',
};

function skillsDetail(facts: CandidateFacts, matched: number, entries: number): string {
  const how = facts.skillWeightNorm
    ? `cosine with its distinctive skills (importance above its mean ${round4(facts.skillImportanceMean as number)})${facts.estimated ? ', its ratings estimated from similar occupations (O*NET has not rated it)' : ''}`
    : 'cosine with its requirements';
  return `asks ${matched} of your ${entries} skill entries; ${how}; technologies by rarity (idf)`;
}
