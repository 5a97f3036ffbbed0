import type { GraphStore } from '../../src/store/graph-store';
import { example, postGraphQL, serveStoreForSuite } from '../helpers/server';
import type { Json } from '../helpers/json';

const RECOMMEND = `query($profile: CareerProfileInput!, $first: Int, $after: String) {
  recommend(profile: $profile, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    ignored { field value reason }
    edges {
      rank score cursor node { __typename id }
      components { name weight value contribution known }
      matchedSkills { skill { id } relationship weight }
      skillsToAdd(first: 5) { skill { id } weight }
      paths { relationships nodes { id } }
    }
  }
}`;

const PROFILE = {
  occupation: '29-2011',
  skills: [
    { skill: 'Critical Thinking', level: 4 },
    { skill: 'skill:onet-2-a-1-f' },
    { skill: 'skill:tech-microsoft-excel' },
    { skill: 'skill:ai-tools' },
    { skill: 'no such skill at all' },
  ],
  yearsOfExperience: 5,
  targetSalary: 80000,
};

const REQUIREMENT_RELS = ['REQUIRES_SKILL', 'ESTIMATED_SKILL', 'USES_TECHNOLOGY', 'LEADS_TO'] as const;

/** Recommendations, similarity and export (#6): the same checks for every GraphStore. */
export function describeRecommendAndExport(storeName: string, openStore: () => Promise<GraphStore>): void {
  describe(`recommendations and export: ${storeName} store`, () => {
    const running = serveStoreForSuite(openStore);
    const post = (query: string, variables?: Record<string, unknown>) => postGraphQL(running.app.url, query, variables);

    /** Is there a relationship of `type` between a and b, in either direction? */
    async function linked(a: string, b: string, type: string): Promise<boolean> {
      const pages = await running.store.expand([
        { id: a, rel: type as Json, direction: 'OUT', after: null, limit: 1000 },
        { id: a, rel: type as Json, direction: 'IN', after: null, limit: 1000 },
      ]);
      return pages.some((p) => p.items.some((n) => n.node.id === b));
    }

    it('ranks candidates with scores in [0, 1] whose parts add up, and explains them with real paths', async () => {
      const res = await post(RECOMMEND, { profile: PROFILE, first: 10 });
      expect(res.errors).toBeUndefined();
      const r = res.data.recommend;
      expect(r.ignored).toEqual([expect.objectContaining({ field: 'profile.skills[4].skill', value: 'no such skill at all' })]);
      expect(r.edges).toHaveLength(10);
      const scores = r.edges.map((x: Json) => x.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const x of r.edges) {
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(1);
        const sum = x.components.reduce((s: number, c: Json) => s + c.contribution, 0);
        expect(Math.abs(sum - x.score)).toBeLessThan(0.001);
        expect(Math.abs(x.components.reduce((s: number, c: Json) => s + c.weight, 0) - 1)).toBeLessThan(0.001);
        // All five components apply: the profile gives skills, occupation, years and a salary.
        expect(x.components.map((c: Json) => c.name).sort()).toEqual(['AUTOMATION', 'EXPERIENCE', 'RELATEDNESS', 'SALARY', 'SKILLS']);
        for (const p of x.paths) {
          expect(p.nodes).toHaveLength(p.relationships.length + 1);
          for (let i = 0; i < p.relationships.length; i++) {
            expect(await linked(p.nodes[i].id, p.nodes[i + 1].id, p.relationships[i])).toBe(true);
          }
        }
        const held = new Set(x.matchedSkills.map((m: Json) => m.skill.id));
        for (const m of x.matchedSkills) expect(REQUIREMENT_RELS).toContain(m.relationship);
        for (const s of x.skillsToAdd) expect(held.has(s.skill.id)).toBe(false);
      }
    });

    it("raises a candidate's skill score when the profile adds a skill it lacks", async () => {
      const before = (await post(RECOMMEND, { profile: PROFILE, first: 1 })).data.recommend.edges[0];
      const missing = before.skillsToAdd[0].skill.id;
      const profile = { ...PROFILE, skills: [...PROFILE.skills, { skill: missing }] };
      const page = (await post(RECOMMEND, { profile, first: 50 })).data.recommend.edges;
      const after = page.find((x: Json) => x.node.id === before.node.id);
      const skills = (x: Json) => x.components.find((c: Json) => c.name === 'SKILLS').value;
      expect(after).toBeDefined();
      expect(skills(after)).toBeGreaterThan(skills(before));
      expect(after.matchedSkills.map((m: Json) => m.skill.id)).toContain(missing);
    });

    it('pages by cursor: two pages of 4 are the first 8, and a cursor is bound to its profile', async () => {
      const eight = (await post(RECOMMEND, { profile: PROFILE, first: 8 })).data.recommend;
      const one = (await post(RECOMMEND, { profile: PROFILE, first: 4 })).data.recommend;
      const two = (await post(RECOMMEND, { profile: PROFILE, first: 4, after: one.pageInfo.endCursor })).data.recommend;
      const ids = (p: Json) => p.edges.map((x: Json) => x.node.id);
      expect([...ids(one), ...ids(two)]).toEqual(ids(eight));
      expect(two.edges[0].rank).toBe(5);
      expect(two.pageInfo.hasPreviousPage).toBe(true);
      const other = await post(RECOMMEND, { profile: { ...PROFILE, yearsOfExperience: 1 }, first: 4, after: one.pageInfo.endCursor });
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      expect(other.errors?.[0].message).toMatch(/different list/);
    });

    it('filters by kind', async () => {
      const res = await post(RECOMMEND, { profile: { ...PROFILE, kinds: ['CAREER_ROLE'] }, first: 50 });
      const types = new Set(res.data.recommend.edges.map((x: Json) => x.node.__typename));
      expect([...types]).toEqual(['CareerRole']);
    });

    it.each([
      [{ ...PROFILE, yearsOfExperience: -1 }, 'profile.yearsOfExperience'],
      [{ ...PROFILE, targetSalary: 0 }, 'profile.targetSalary'],
      [{ ...PROFILE, skills: [{ skill: 'Science', level: 9 }] }, 'profile.skills[0].level'],
      [{ ...PROFILE, occupation: '29 2011' }, 'profile.occupation'],
      [{}, 'profile'],
    ])('rejects the profile %j naming %s', async (profile, argumentName) => {
      const res = await post(RECOMMEND, { profile });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      expect(res.data?.recommend ?? null).toBeNull();
    });

    it('answers the similarity example: symmetric scores, shared skills that both require', async () => {
      const res = await post(example('similar-occupations'));
      expect(res.errors).toBeUndefined();
      const items = res.data.similarOccupations.edges;
      expect(items.length).toBe(5);
      const top = items[0];
      expect(top.similarity).toBeGreaterThan(0);
      expect(top.similarity).toBeLessThanOrEqual(1);
      for (const s of top.sharedSkills) {
        expect(s.weightHere).toBeGreaterThan(0);
        expect(s.weightThere).toBeGreaterThan(0);
      }
      const back = await post(`{ similarOccupations(code: "${top.node.code}", first: 50) { edges { similarity node { code } } } }`);
      const mirror = back.data.similarOccupations.edges.find((i: Json) => i.node.code === '29-2011');
      expect(mirror?.similarity).toBe(top.similarity);
      // relatedOccupations(tier:) keeps only that tier, and counts what the graph holds.
      const related = res.data.relatedOccupations;
      const [stored] = await running.store.expand([{ id: 'occupation:29-2011', rel: 'RELATED_TO', direction: 'OUT', after: null, limit: 100 }]);
      expect(related.totalCount).toBe(stored.items.filter((i) => i.edge.tier === 'PRIMARY_SHORT').length);
      expect(related.edges.every((e: Json) => e.tier === 'PRIMARY_SHORT')).toBe(true);
    });

    it('pages relatedOccupations: pages of 3 join up to the whole list', async () => {
      const q = `query($after: String, $first: Int) { relatedOccupations(code: "29-2011", first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      const all = (await post(q, { first: 100 })).data.relatedOccupations;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Json = (await post(q, { first: 3, after })).data.relatedOccupations;
        seen.push(...page.nodes.map((n: Json) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.nodes.map((n: Json) => n.id));
      expect(seen.length).toBe(all.totalCount);
    });

    it('exports every node and relationship once, in order, through keyset pages', async () => {
      const counts = await running.store.counts();
      const nodesQ = `query($after: String) { graphExport { nodes(first: 1000, after: $after) { pageInfo { hasNextPage endCursor } nodes { id label } } } }`;
      const edgesQ = `query($after: String) { graphExport { edges(first: 1000, after: $after) { pageInfo { hasNextPage endCursor } nodes { id from type to } } } }`;
      const drain = async (query: string, field: 'nodes' | 'edges') => {
        const out: Json[] = [];
        let after: string | null = null;
        for (;;) {
          const res: Json = await post(query, { after });
          expect(res.errors).toBeUndefined();
          const page = res.data.graphExport[field];
          out.push(...page.nodes);
          if (!page.pageInfo.hasNextPage) return out;
          after = page.pageInfo.endCursor;
        }
      };
      const nodes = await drain(nodesQ, 'nodes');
      const ids = nodes.map((n) => n.id);
      expect(ids.length).toBe(counts.nodes);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(ids);
      const edges = await drain(edgesQ, 'edges');
      expect(edges.length).toBe(counts.edges);
      expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
      const byType: Record<string, number> = {};
      for (const e of edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
      expect(byType).toEqual(counts.byType);
    }, 300000);

    it('filters the export and rejects foreign, tampered or oversized requests', async () => {
      const counts = await running.store.counts();
      const res = await post(example('graph-export'));
      expect(res.errors).toBeUndefined();
      const exp = res.data.graphExport;
      expect(exp.nodes.totalCount).toBe(counts.byLabel.CareerRole + counts.byLabel.Visa);
      expect(exp.nodes.nodes.every((n: Json) => ['CareerRole', 'Visa'].includes(n.label))).toBe(true);
      expect(exp.edges.totalCount).toBe(counts.byType.ADVANCES_TO);
      const cursor: string = exp.nodes.pageInfo.endCursor;
      const onEdges = await post(`query($a: String) { graphExport { edges(first: 2, after: $a) { nodes { id } } } }`, { a: cursor });
      expect(onEdges.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      const flipped = cursor.slice(0, 20) + (cursor[20] === 'A' ? 'B' : 'A') + cursor.slice(21);
      const tampered = await post(`query($a: String) { graphExport { nodes(labels: [CareerRole, Visa], first: 2, after: $a) { nodes { id } } } }`, {
        a: flipped,
      });
      expect(tampered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      const big = await post('{ graphExport { nodes(first: 1001) { nodes { id } } } }');
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    });
  });
}
