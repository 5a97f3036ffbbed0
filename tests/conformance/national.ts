import type { GraphStore } from '../../src/store/graph-store';
import { amount, EP_CODE, publishedCode, rawCrosswalk, rawOews, rawProjections } from '../bls/raw';
import { rawTsv } from '../helpers/raw-data';
import { example, postGraphQL, serveStoreForSuite } from '../helpers/server';
import { seedProfile } from '../helpers/seed-profile';
import { rawRecords } from '../exposure/fixtures';
import type { Json } from '../helpers/json';

const PROFILE = (code: string) => example('occupation-national').replace('occupation(code: "15-1251")', `occupation(code: "${code}")`);

/**
 * Every occupation has the whole profile from published data (#10), on every store: checked
 * on the occupations the issue names against the raw files, not against hand-typed numbers.
 */
export function describeNational(storeName: string, openStore: () => Promise<GraphStore>): void {
  describe(`national profiles: ${storeName} store`, () => {
    const running = serveStoreForSuite(openStore);
    const gql = (query: string) => postGraphQL(running.app.url, query);
    let oews: Awaited<ReturnType<typeof rawOews>>;
    let crosswalk: Map<string, string>;
    let projections: Awaited<ReturnType<typeof rawProjections>>;
    beforeAll(async () => {
      oews = rawOews();
      crosswalk = await rawCrosswalk();
      projections = await rawProjections();
    });

    it.each(['15-1251', '47-2044', '29-2011'])('%s answers with skills, wages, outlook, traits and AI exposure as the sources give them', async (code) => {
      const res = await gql(PROFILE(code));
      expect(res.errors).toBeUndefined();
      const o = res.data.occupation;
      const onetCode = `${code}.00`;
      // Skills: O*NET's own rows.
      const rated = rawTsv('onet-29.3', 'Skills.txt').filter((r) => r['O*NET-SOC Code'] === onetCode && r['Scale ID'] === 'IM');
      const curated = code === '29-2011' ? seedProfile().skills.length : 0;
      expect(o.skills.totalCount).toBe(rated.length + curated);
      const top = rated.sort((a, b) => Number(b['Data Value']) - Number(a['Data Value']))[0];
      if (curated === 0) expect(o.skills.edges[0]).toMatchObject({ importance: Number(top['Data Value']), source: 'O*NET 29.3' });
      // Wages: the OEWS row it is published under.
      const wageCode = publishedCode(onetCode, oews, crosswalk) as string;
      const row = oews.get(wageCode) as Record<string, string>;
      expect(o.wage).toMatchObject({ publishedCode: wageCode, aggregated: wageCode !== code, employment: amount(row.TOT_EMP) });
      const median = o.wage.annual.median;
      if (row.A_MEDIAN === '#') expect(median).toEqual({ value: null, topCoded: true, atLeast: 208000 });
      else expect(median.value).toBe(amount(row.A_MEDIAN));
      // Outlook: the projection of the code it is published under.
      const nem = publishedCode(onetCode, projections.t12, crosswalk) as string;
      const projection = o.outlooks.nodes.find((n: Json) => n.source === 'BLS Employment Projections 2022-32');
      expect(projection.growthPercent).toBeCloseTo(Number(projections.t12.get(nem)?.['Employment change, percent, 2022-32']), 6);
      expect(projection.entryEducation).toBe(projections.t17.get(nem)?.['Typical education needed for entry']);
      // Traits: O*NET work styles, with importance.
      const styles = rawTsv('onet-29.3', 'Work Styles.txt').filter((r) => r['O*NET-SOC Code'] === onetCode);
      expect(o.traits.totalCount).toBeGreaterThanOrEqual(styles.length);
      expect(o.traits.edges.every((e: Json) => e.node.kind !== 'WORK_STYLE' || typeof e.importance === 'number')).toBe(true);
      // AI exposure: the study's scores, and levels on its tasks.
      const scores = rawRecords('occ_level.csv.gz', ',').find((r) => r['O*NET-SOC Code'] === onetCode);
      expect(o.aiExposure.humanBeta).toBe(Number(scores?.human_rating_beta));
      if (code === '29-2011') {
        // The seed's curated tasks list first, with their curated levels (no rule, no labels).
        for (const t of o.tasks.nodes) expect(t).toMatchObject({ automationLevel: expect.any(String), automationLevelRule: null, aiExposure: null });
      } else {
        const labelled = o.tasks.nodes.filter((t: Json) => t.aiExposure);
        expect(labelled.length).toBeGreaterThan(0);
        for (const t of labelled) expect(t.automationLevelRule).toBe('gpts-are-gpts human E-label');
      }
      // Every source cites itself, with licence.
      expect(o.sources.nodes.map((s: Json) => s.id)).toEqual(
        expect.arrayContaining(['source:onet-29-3', 'source:bls-oews-2021', 'source:bls-ep-2022-32', 'source:gpts-are-gpts-2024']),
      );
      // All of it is there; O*NET reports emerging tasks for a few occupations only.
      expect(o.dataCoverage.filter((c: Json) => !c.available && c.facet !== 'EMERGING_TASKS')).toEqual([]);
      // And its automation exposure stands beside the study's score.
      const exposure = await gql(`{ automationExposure(occupation: "${code}") { exposure studyScores { humanBeta } } }`);
      expect(exposure.data.automationExposure.studyScores.humanBeta).toBe(o.aiExposure.humanBeta);
      if (code !== '29-2011') expect(Math.abs(exposure.data.automationExposure.exposure - o.aiExposure.humanBeta)).toBeLessThanOrEqual(0.12);
    });

    it('says that O*NET has not rated 15-1252 yet, and scores it on estimated skills', async () => {
      const res = await gql(example('occupation-not-rated'));
      expect(res.errors).toBeUndefined();
      const o = res.data.occupation;
      expect(o.skills.totalCount).toBe(0);
      const skills = o.dataCoverage.find((c: Json) => c.facet === 'SKILLS');
      expect(skills).toMatchObject({ available: false, count: 0 });
      expect(skills.note).toMatch(/O\*NET 29\.3 has not rated this occupation's skills yet/);
      expect(o.dataCoverage.find((c: Json) => c.facet === 'TASKS').available).toBe(true);
      expect(o.estimatedSkills.totalCount).toBeGreaterThan(60);
      expect(o.skillsEstimatedFrom).toHaveLength(10);
    });

    it("checks the seed's own outlook against BLS: about 5% 2022-2032 for 29-2011, BLS 29-2010 4.9%", async () => {
      const res = await gql(
        '{ occupation(code: "29-2011") { outlooks { nodes { growthPercent approximate periodStart periodEnd publishedCode source growthCategory } } wage { publishedCode aggregated } } }',
      );
      const [curated, bls] = res.data.occupation.outlooks.nodes;
      const claim = seedProfile().outlooks[0];
      expect(curated).toMatchObject({ growthPercent: claim.growthPercent, approximate: true, periodStart: 2022, periodEnd: 2032, source: null });
      const published = Number(projections.t12.get('29-2010')?.['Employment change, percent, 2022-32']);
      expect(bls).toMatchObject({ publishedCode: '29-2010', growthPercent: published, periodStart: 2022, periodEnd: 2032 });
      expect(Math.abs(curated.growthPercent - bls.growthPercent)).toBeLessThanOrEqual(0.5);
      expect(res.data.occupation.wage).toEqual({ publishedCode: '29-2010', aggregated: true });
      expect(projections.t12.get('29-2010')?.[EP_CODE]).toBe('29-2010');
    });

    it("maps the seed's detail-oriented person to O*NET's Attention to Detail", async () => {
      const res = await gql('{ node(id: "trait:detail-oriented") { ... on Trait { name workStyles { nodes { id name kind } } } } }');
      expect(res.data.node.workStyles.nodes).toEqual([{ id: 'trait:onet-1-c-5-b', name: 'Attention to Detail', kind: 'WORK_STYLE' }]);
    });
  });
}
