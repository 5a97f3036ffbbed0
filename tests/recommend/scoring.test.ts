import type { CandidateFacts, RequirementMatch } from '../../src/store/graph-store';
import {
  combine, experienceScore, NEUTRAL, salaryScore, skillScore, TECHNOLOGY_WEIGHT, totalRequirementWeight, UNRATED_SKILL_WEIGHT,
  type HeldSkill,
} from '../../src/features/recommend/scoring';

/** The documented formula (README "Recommendations"), checked on small hand-worked cases. */
const facts = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id: 'occupation:x', label: 'Occupation', jobZone: null, ratedImportances: [], unratedSkills: 0, technologies: 0,
  taskLevels: [], salaryBands: [], ...over,
});
const held = (...list: Array<[string, number | null, number]>) => new Map(list.map(([id, level, entry]) => [id, { id, level, entry } as HeldSkill]));
const match = (skillId: string, rel: RequirementMatch['rel'], importance: number | null = null, level: number | null = null): RequirementMatch => ({
  skillId, rel, importance, level,
});

describe('recommendation scoring', () => {
  it('weighs requirements: importance / 5 from 3 up, unrated 0.8, technology 0.4', () => {
    const f = facts({ ratedImportances: [3, 5], unratedSkills: 1, technologies: 2 });
    expect(totalRequirementWeight(f)).toBeCloseTo(0.6 + 1 + UNRATED_SKILL_WEIGHT + 2 * TECHNOLOGY_WEIGHT, 10);
  });

  it('scores skills as the F1 of coverage and use, with the level fit', () => {
    // Requirements: a (importance 5, level 4), b (technology); the profile holds a at level 2 and c.
    const f = facts({ ratedImportances: [5], technologies: 1 });
    const s = skillScore(held(['a', 2, 0], ['c', null, 1]), 2, [match('a', 'REQUIRES_SKILL', 5, 4), match('b', 'USES_TECHNOLOGY')], f, true);
    const coverage = (1 * 0.5) / (1 + 0.4); // weight 1 at fit 2/4, of a total 1.4
    const use = 1 / 2;
    expect(s.coverage).toBeCloseTo(coverage, 10);
    expect(s.use).toBe(use);
    expect(s.value).toBeCloseTo((2 * coverage * use) / (coverage + use), 10);
    expect(s.matches.map((m) => [m.skillId, m.levelFit])).toEqual([['a', 0.5]]);
  });

  it('counts a skill matched twice once, at its larger weight, and ignores unimportant ratings', () => {
    const f = facts({ ratedImportances: [], unratedSkills: 2 });
    const s = skillScore(held(['a', null, 0], ['u', null, 1]), 2, [
      match('a', 'LEADS_TO'), match('a', 'REQUIRES_SKILL'), match('u', 'REQUIRES_SKILL', 2.5, 3),
    ], f, false);
    expect(s.count).toBe(1);
    expect(s.coverage).toBeCloseTo(UNRATED_SKILL_WEIGHT / (2 * UNRATED_SKILL_WEIGHT), 10);
    expect(s.matches).toEqual([]); // not explaining
  });

  it('combines only the components that apply, renormalising their weights', () => {
    expect(combine([{ name: 'SKILLS', value: 1 }, { name: 'AUTOMATION', value: 0 }])).toBeCloseTo(0.5 / 0.6, 4);
    expect(combine([{ name: 'RELATEDNESS', value: 0.75 }])).toBe(0.75);
  });

  it('pays the band the years fall in, else the best-paid one; neutral without bands', () => {
    const bands = [
      { id: 'j', minYears: 0, maxYears: 3, minAnnual: 50000, maxAnnual: 60000 },
      { id: 's', minYears: 4, maxYears: null, minAnnual: 80000, maxAnnual: 120000 },
    ];
    expect(salaryScore(facts({ salaryBands: bands }), 100000, 2)).toMatchObject({ value: 0.6, band: { id: 'j' } });
    expect(salaryScore(facts({ salaryBands: bands }), 100000, null)).toMatchObject({ value: 1, band: { id: 's' } });
    expect(salaryScore(facts(), 100000, 2)).toEqual({ value: NEUTRAL, band: null });
  });

  it('asks the job zone\'s years, or a role\'s lowest band; neutral when neither is known', () => {
    expect(experienceScore(facts({ jobZone: 5 }), 2)).toEqual({ value: 0.4, required: 5 });
    expect(experienceScore(facts({ jobZone: 1 }), 0)).toEqual({ value: 1, required: 0 });
    const role = facts({ label: 'CareerRole', salaryBands: [{ id: 'b', minYears: 8, maxYears: null, minAnnual: null, maxAnnual: 1 }] });
    expect(experienceScore(role, 6)).toEqual({ value: 0.75, required: 8 });
    expect(experienceScore(facts(), 6)).toEqual({ value: NEUTRAL, required: null });
  });
});
