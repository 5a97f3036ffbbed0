import type { GraphStore } from '../../src/store/graph-store';
import { tasksOf } from '../helpers/graph-data';
import { seedProfile } from '../helpers/seed-profile';
import { example, postGraphQL, seedGraph, serveStoreForSuite } from '../helpers/server';
import type { Json } from '../helpers/json';

/** Career traversals (#4): the same tests for every store; expectations come from the seed profile. */
export function describeTraversals(storeName: string, openStore: () => Promise<GraphStore>): void {
  describe(`traversals: ${storeName} store`, () => {
    const running = serveStoreForSuite(openStore);
    const profile = seedProfile();
    const skillName = (key: string) => profile.skills.find((s) => s.key === key)?.name;
    const path = profile.upskillingPaths[0];

    const gql = (query: string, variables?: Record<string, unknown>) => postGraphQL(running.app.url, query, variables);
    const expectError = (res: Awaited<ReturnType<typeof gql>>, code: string, mention: string) => {
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.errors?.[0].message).toContain(mention);
    };

    it("upskilling from 29-2011 leads to the seed's targets through the skills its advice names", async () => {
      const res = await gql(
        '{ upskillingPaths(occupation: "29-2011", first: 50) { edges { rank score path { id } node { id } skills { skill { name } } missingSkills { skill { id } } } } }',
      );
      expect(res.errors).toBeUndefined();
      const all = res.data.upskillingPaths.edges;
      const options = all.filter((o: Json) => o.path?.id === `upskilling-path:${path.key}`);
      expect(options.map((o: Json) => o.node.id).sort()).toEqual(path.targets.map((t) => `role:${t}`).sort());
      for (const o of options) {
        expect(o.skills.map((s: Json) => s.skill.name)).toEqual(expect.arrayContaining(path.teaches.map(skillName)));
        expect(o.missingSkills).toHaveLength(o.skills.length);
      }
      expect(all.map((o: Json) => o.rank)).toEqual(all.map((_: unknown, i: number) => i + 1));
      const scores = all.map((o: Json) => o.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    });

    it('upskilling counts the skills a person has: fewer missing, a higher score', async () => {
      const q =
        'query($have: [ID!]) { upskillingPaths(occupation: "29-2011", haveSkills: $have, first: 50) { edges { score path { id } node { id } missingSkills { skill { id } } skills { skill { id } } } } }';
      const [none, some] = await Promise.all([gql(q, { have: [] }), gql(q, { have: ['skill:ai-tools', 'skill:mass-spectrometry'] })]);
      const pick = (r: Json) => r.data.upskillingPaths.edges.find((o: Json) => o.path && o.node.id === `role:${path.targets[0]}`);
      const a = pick(none);
      const b = pick(some);
      expect(b.missingSkills).toHaveLength(a.missingSkills.length - 2);
      expect(b.missingSkills.map((s: Json) => s.skill.id)).not.toContain('skill:ai-tools');
      expect(b.score).toBeGreaterThan(a.score);
    });

    it('the skill view ranks each taught skill by the targets it opens', async () => {
      const res = await gql('{ skillLeverage(occupation: "29-2011", first: 50) { edges { rank opensCount opens { id } node { ... on Skill { id } } } } }');
      const items = res.data.skillLeverage.edges;
      for (const key of path.teaches) {
        const item = items.find((i: Json) => i.node.id === `skill:${key}`);
        expect(item.opensCount).toBe(path.targets.length);
      }
      const counts = items.map((i: Json) => i.opensCount);
      expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    });

    it("career paths from 29-2011 to a transformation target pass through the seed's roles, cheapest first, no node twice", async () => {
      const res = await gql(`{ careerPaths(from: "29-2011", to: "role:${path.targets[0]}", maxSteps: 6, first: 10) {
        edges { node { cost length nodes { id } steps { via cost missingSkills { id } } } } } }`);
      expect(res.errors).toBeUndefined();
      const paths = res.data.careerPaths.edges.map((e: Json) => e.node);
      expect(paths.length).toBeGreaterThan(0);
      const best = paths[0].nodes.map((n: Json) => n.id);
      expect(best).toEqual(['occupation:29-2011', `role:${path.fromRole}`, ...path.passesThrough.map((r) => `role:${r}`), `role:${path.targets[0]}`]);
      for (const p of paths) {
        expect(new Set(p.nodes.map((n: Json) => n.id)).size).toBe(p.nodes.length);
        expect(p.cost).toBeCloseTo(p.steps.reduce((s: number, x: Json) => s + x.cost, 0));
        expect(p.length).toBe(p.steps.length);
      }
      expect(paths.map((p: Json) => p.cost)).toEqual([...paths.map((p: Json) => p.cost)].sort((a: number, b: number) => a - b));
    });

    it('career paths: same start and end is one path of zero steps; unreachable or too far is empty', async () => {
      const same = await gql(
        '{ careerPaths(from: "role:genetics-specialist", to: "role:genetics-specialist") { edges { node { cost length steps { via } nodes { id } } } } }',
      );
      expect(same.data.careerPaths.edges.map((e: Json) => e.node)).toEqual([{ cost: 0, length: 0, steps: [], nodes: [{ id: 'role:genetics-specialist' }] }]);
      const back = await gql('{ careerPaths(from: "role:clinical-consultant", to: "role:medical-laboratory-scientist") { edges { node { cost } } } }');
      expect(back.data.careerPaths.edges.map((e: Json) => e.node)).toEqual([]);
      const short = await gql(`{ careerPaths(from: "29-2011", to: "role:${path.targets[0]}", maxSteps: 2) { edges { node { cost } } } }`);
      expect(short.data.careerPaths.edges.map((e: Json) => e.node)).toEqual([]);
    });

    it('career paths reject out-of-range maxSteps and first, and unknown ends, naming them', async () => {
      expectError(await gql('{ careerPaths(from: "29-2011", to: "29-2011", maxSteps: 7) { edges { node { cost } } } }'), 'BAD_USER_INPUT', '"maxSteps"');
      expectError(await gql('{ careerPaths(from: "29-2011", to: "29-2011", maxSteps: 0) { edges { node { cost } } } }'), 'BAD_USER_INPUT', '"maxSteps"');
      expectError(await gql('{ careerPaths(from: "29-2011", to: "29-2011", first: 11) { edges { node { cost } } } }'), 'BAD_USER_INPUT', '"first"');
      expectError(await gql('{ careerPaths(from: "role:astronaut", to: "29-2011") { edges { node { cost } } } }'), 'NOT_FOUND', 'role:astronaut');
      expectError(await gql('{ careerPaths(from: "29-2011", to: "99-9999") { edges { node { cost } } } }'), 'NOT_FOUND', '99-9999');
      expectError(await gql('{ careerPaths(from: "skill:ai-tools", to: "29-2011") { edges { node { cost } } } }'), 'BAD_USER_INPUT', '"from"');
    });

    it('skill gap: what the target role needs that the entry role does not', async () => {
      const target = profile.roles.find((r) => r.key === path.targets[1]);
      const res = await gql(
        `{ skillGap(from: "role:${path.fromRole}", to: "role:${target?.key}") { missingSkills { skill { id } } sharedSkills { skill { id } } missingCertifications { id } coverage } }`,
      );
      expect(res.data.skillGap.missingSkills.map((s: Json) => s.skill.id)).toEqual(target?.requiresSkills.map((k) => `skill:${k}`));
      expect(res.data.skillGap.sharedSkills).toEqual([]);
      expect(res.data.skillGap.coverage).toBe(0);
      const self = await gql('{ skillGap(from: "29-2011", to: "29-2011") { missingSkills { skill { id } } sharedSkills { skill { id } } coverage } }');
      expect(self.data.skillGap.missingSkills).toEqual([]);
      expect(self.data.skillGap.sharedSkills.map((s: Json) => s.skill.id)).toEqual(expect.arrayContaining(profile.skills.map((s) => `skill:${s.key}`)));
      expect(self.data.skillGap.coverage).toBe(1);
      expectError(await gql('{ skillGap(from: "role:nobody", to: "29-2011") { coverage } }'), 'NOT_FOUND', 'role:nobody');
    });

    it("automation exposure groups the seed's tasks by level, with hedging skills from human-core tasks", async () => {
      const res = await gql(example('automation-exposure'));
      const report = res.data.automationExposure;
      // The seed's curated tasks with their own levels, and O*NET's with levels from the AI-exposure rule (#10).
      const tasks = tasksOf(seedGraph(), 'occupation:29-2011');
      const count = (level: string) => tasks.filter((t) => t.props.automationLevel === level).length;
      for (const level of ['AUTOMATABLE', 'AI_ASSISTED', 'HUMAN_CORE']) {
        const group = report.levels.find((l: Json) => l.level === level);
        expect(group.count).toBe(count(level));
        const curated = profile.tasks.filter((t) => t.automationLevel === level).map((t) => t.text);
        expect(group.tasks.slice(0, curated.length).map((t: Json) => t.text)).toEqual(curated);
      }
      expect(report.levels.reduce((s: number, l: Json) => s + l.share, 0)).toBeCloseTo(1, 2);
      const classified = count('AUTOMATABLE') + count('AI_ASSISTED') + count('HUMAN_CORE');
      expect(report.exposure).toBeCloseTo((count('AUTOMATABLE') + count('AI_ASSISTED') / 2) / classified, 3);
      const hedging = new Set(profile.tasks.filter((t) => t.automationLevel === 'HUMAN_CORE').flatMap((t) => t.skills));
      expect(report.hedgingSkills.map((h: Json) => h.skill.id).sort()).toEqual([...hedging].map((k) => `skill:${k}`).sort());
      const automated = report.levels.flatMap((l: Json) => l.tasks).filter((t: Json) => t.aiApplications.edges.length > 0);
      expect(automated).toHaveLength(profile.aiApplications.length);
      expectError(await gql('{ automationExposure(occupation: "12-3456") { exposure } }'), 'NOT_FOUND', '12-3456');
      expectError(await gql('{ automationExposure(occupation: "nurse") { exposure } }'), 'BAD_USER_INPUT', '"occupation"');
    });

    it("visa pathways: the bachelor's path meets H-1B, not EB-2 or the PERM green card", async () => {
      const res = await gql(example('visa-pathways'));
      const byCode = Object.fromEntries(res.data.visaPathways.map((v: Json) => [v.visa.code, v]));
      expect(Object.keys(byCode)).toEqual(profile.visas.map((v) => v.code));
      expect(byCode['H-1B'].metByEducationPath).toBe(true);
      expect(byCode['H-1B'].educationReached.id).toBe('education-level:bachelors-degree');
      const eb2 = byCode['EB-2'];
      expect(eb2.metByEducationPath).toBe(false);
      const options = eb2.requirementGroups[0].options;
      expect(options.map((o: Json) => [o.educationMet, o.minYearsExperience])).toEqual([
        [false, 0],
        [true, 5],
      ]);
      expect(eb2.requirementGroups[1].options[0].requirement.id).toBe('labor-certification:perm');
      expect(byCode['Green Card (PERM)'].metByEducationPath).toBe(false);
    });

    it('career paths reach 11-9111 from 29-2011 through O*NET related occupations or curated mappings (#5)', async () => {
      const res = await gql(example('career-paths-onet'));
      expect(res.errors).toBeUndefined();
      const paths = res.data.careerPaths.edges.map((e: Json) => e.node);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.length).toBeLessThanOrEqual(3);
      for (const p of paths) {
        expect(p.nodes[0].id).toBe('occupation:29-2011');
        expect(p.nodes[p.nodes.length - 1].id).toBe('occupation:11-9111');
        expect(p.length).toBeLessThanOrEqual(4);
        expect(p.steps.some((s: Json) => s.via === 'RELATED_TO' || s.via === 'MAPS_TO')).toBe(true);
      }
    });

    it('search finds occupations by O*NET alternate titles (#5)', async () => {
      const res = await gql('{ search(text: "genetic technologist", types: [Occupation]) { nodes { id ... on Occupation { alternateTitles } } } }');
      const hit = res.data.search.nodes.find((n: Json) => n.id === 'occupation:29-2011.01');
      expect(hit.alternateTitles).toContain('Genetic Technologist');
    });

    it('skill gap and upskilling use O*NET skills with their importance (#5)', async () => {
      const gap = await gql(
        '{ skillGap(from: "29-2011", to: "29-2011.01") { missingSkills { skill { id } importance } sharedSkills { skill { id } importance } } }',
      );
      const rated = [...gap.data.skillGap.missingSkills, ...gap.data.skillGap.sharedSkills].filter((s: Json) => s.importance !== null);
      expect(rated.length).toBeGreaterThan(0);
      for (const s of rated) expect(s.importance).toBeGreaterThanOrEqual(3);
      const up = await gql('{ upskillingPaths(occupation: "29-2011", first: 50) { edges { path { id } weight node { __typename } skills { importance } } } }');
      const related = up.data.upskillingPaths.edges.filter((o: Json) => o.path === null);
      expect(related.length).toBeGreaterThan(0);
      for (const o of related) {
        expect(o.node.__typename).toBe('Occupation');
        expect(o.weight).toBeGreaterThan(0);
        expect(o.weight).toBeLessThanOrEqual(1);
      }
    });

    it('upskilling rejects an unknown occupation or skill, naming it', async () => {
      expectError(await gql('{ upskillingPaths(occupation: "99-9999") { edges { score } } }'), 'NOT_FOUND', '99-9999');
      expectError(await gql('{ upskillingPaths(occupation: "29-2011", haveSkills: ["skill:juggling"]) { edges { score } } }'), 'NOT_FOUND', 'skill:juggling');
      expectError(await gql('{ upskillingPaths(occupation: "29-2011", first: 51) { edges { score } } }'), 'BAD_USER_INPUT', '"first"');
      expectError(await gql('{ skillLeverage(occupation: "x") { edges { rank } } }'), 'BAD_USER_INPUT', '"occupation"');
    });
  });
}
