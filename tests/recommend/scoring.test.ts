import type { CandidateFacts, RequirementMatch } from '../../src/store/graph-store';
import {
  BREADTH_EXPONENT,
  combine,
  experienceScore,
  IN_DEMAND_SHARE,
  NEUTRAL,
  requirementWeight,
  salaryScore,
  scoringProfile,
  skillScore,
  TECHNOLOGY_BREADTH_EXPONENT,
  TECHNOLOGY_ENTRY_SHARE,
  UNRATED_IMPORTANCE,
  type ProfileEntry,
} from '../../src/features/recommend/scoring';

/** The documented formula (README "Recommendations", scoring.ts), checked on small hand-worked cases. */
const facts = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id: 'occupation:x',
  label: 'Occupation',
  jobZone: null,
  skillImportanceMean: null,
  skillWeightNorm: null,
  technologyIdfSum: null,
  estimated: false,
  unratedSkills: 0,
  automationCounts: [0, 0, 0],
  salaryBands: [],
  ...over,
});
const match = (skillId: string, rel: RequirementMatch['rel'], over: Partial<RequirementMatch> = {}): RequirementMatch => ({
  skillId,
  rel,
  importance: null,
  level: null,
  suppressed: false,
  inDemand: false,
  idf: null,
  ...over,
});
const entry = (index: number, skillIds: string[], technology = false, level: number | null = null): ProfileEntry => ({ index, technology, skillIds, level });

describe('recommendation scoring (#10)', () => {
  it("scores rated skills as the cosine with the candidate's distinctive skills, times the breadth factor", () => {
    // The candidate: mean importance 3, distinctiveness norm 2; the profile holds a (importance 5, w 2) and b (importance 2, w 0).
    const profile = scoringProfile([entry(0, ['a']), entry(1, ['b'])], new Map());
    const s = skillScore(
      profile,
      [match('a', 'REQUIRES_SKILL', { importance: 5 }), match('b', 'REQUIRES_SKILL', { importance: 2 })],
      facts({ skillImportanceMean: 3, skillWeightNorm: 2 }),
      true,
    );
    const breadth = ((1 + 2 / 3) / 2) ** BREADTH_EXPONENT;
    expect(s.value).toBeCloseTo((breadth * 2) / (Math.sqrt(2) * 2), 10);
    expect(s.count).toBe(2);
    expect(s.matches.map((m) => [m.skillId, m.contribution])).toEqual([['a', s.value]]);
  });

  it("scales a match by the level fit, takes an entry's best skill once, and never counts a suppressed rating", () => {
    const profile = scoringProfile([entry(0, ['m1', 'm2'], false, 2)], new Map());
    const candidate = facts({ skillImportanceMean: 2, skillWeightNorm: 3 });
    const s = skillScore(
      profile,
      [
        match('m1', 'REQUIRES_SKILL', { importance: 5, level: 4 }), // w 3, fit 2/4 → 1.5
        match('m2', 'REQUIRES_SKILL', { importance: 4, level: 1 }), // w 2, fit 1 → 2: the entry's best
      ],
      candidate,
      true,
    );
    expect(s.value).toBeCloseTo(2 / (1 * 3), 10);
    expect(s.matches.map((m) => m.skillId)).toEqual(['m2']);
    const suppressed = skillScore(profile, [match('m1', 'REQUIRES_SKILL', { importance: 5, suppressed: true })], candidate, false);
    expect(suppressed).toEqual({ value: 0, count: 0, matches: [] });
  });

  it('scores a candidate without ratings (a career role) as the cosine of the profile with its requirements', () => {
    const profile = scoringProfile([entry(0, ['a']), entry(1, ['b']), entry(2, ['c'])], new Map());
    const role = facts({ label: 'CareerRole', unratedSkills: 4 });
    const s = skillScore(profile, [match('a', 'LEADS_TO'), match('b', 'REQUIRES_SKILL')], role, false);
    expect(s.value).toBeCloseTo(2 / (Math.sqrt(3) * Math.sqrt(4)), 10);
    // On a rated candidate, a curated link counts as importance 4.
    const mixed = skillScore(
      scoringProfile([entry(0, ['a'])], new Map()),
      [match('a', 'REQUIRES_SKILL')],
      facts({ skillImportanceMean: 3, skillWeightNorm: 1 }),
      false,
    );
    expect(mixed.value).toBeCloseTo(Math.min(1, UNRATED_IMPORTANCE - 3), 10);
  });

  it('scores technologies apart, by idf and In Demand, at half the weight of a rated entry', () => {
    const idf = new Map([
      ['t1', 2],
      ['t2', 1],
    ]);
    const profile = scoringProfile([entry(0, ['a']), entry(1, ['t1'], true), entry(2, ['t2'], true)], idf);
    const candidate = facts({ skillImportanceMean: 3, skillWeightNorm: 1, technologyIdfSum: 10 });
    const s = skillScore(profile, [match('t1', 'USES_TECHNOLOGY', { idf: 2, inDemand: true })], candidate, true);
    const P = 3;
    const technology = 2 / (P ** (1 - TECHNOLOGY_BREADTH_EXPONENT) * 10 ** TECHNOLOGY_BREADTH_EXPONENT);
    const shares = { rated: 1 / (1 + TECHNOLOGY_ENTRY_SHARE * 2), technology: (TECHNOLOGY_ENTRY_SHARE * 2) / (1 + TECHNOLOGY_ENTRY_SHARE * 2) };
    expect(s.value).toBeCloseTo(shares.technology * technology, 10);
    const notInDemand = skillScore(profile, [match('t1', 'USES_TECHNOLOGY', { idf: 2 })], candidate, false);
    expect(notInDemand.value / s.value).toBeCloseTo(1 - IN_DEMAND_SHARE, 10);
    expect(s.matches.reduce((sum, m) => sum + m.contribution, 0)).toBeCloseTo(s.value, 10);
  });

  it('weighs what skillsToAdd lists: importance / 5 from 3 up, unrated 0.8, technology 0.4, nothing suppressed', () => {
    expect(requirementWeight({ rel: 'REQUIRES_SKILL', importance: 4 })).toBeCloseTo(0.8, 10);
    expect(requirementWeight({ rel: 'REQUIRES_SKILL', importance: 2.5 })).toBeNull();
    expect(requirementWeight({ rel: 'REQUIRES_SKILL', importance: 4, suppressed: true })).toBeNull();
    expect(requirementWeight({ rel: 'LEADS_TO', importance: null })).toBe(0.8);
    expect(requirementWeight({ rel: 'USES_TECHNOLOGY', importance: null })).toBe(0.4);
  });

  it('combines only the components that apply, renormalising their weights', () => {
    expect(
      combine([
        { name: 'SKILLS', value: 1 },
        { name: 'AUTOMATION', value: 0 },
      ]),
    ).toBeCloseTo(0.5 / 0.55, 4);
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

  it("asks the job zone's years, or a role's lowest band; neutral when neither is known", () => {
    expect(experienceScore(facts({ jobZone: 5 }), 2)).toEqual({ value: 0.4, required: 5 });
    expect(experienceScore(facts({ jobZone: 1 }), 0)).toEqual({ value: 1, required: 0 });
    const role = facts({ label: 'CareerRole', salaryBands: [{ id: 'b', minYears: 8, maxYears: null, minAnnual: null, maxAnnual: 1 }] });
    expect(experienceScore(role, 6)).toEqual({ value: 0.75, required: 8 });
    expect(experienceScore(facts(), 6)).toEqual({ value: NEUTRAL, required: null });
  });
});
