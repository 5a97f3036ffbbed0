import neo4j, { type Driver } from 'neo4j-driver';
import { Deadline } from '../../src/shared/deadline';
import type { CandidateQuery } from '../../src/store/graph-store';
import { compareMatches } from '../../src/store/neighbour-order';
import { compareText } from '../../src/shared/compare';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, neo4jSettings, openNeo4jStore } from '../helpers/neo4j';

/**
 * Each skill keeps its requirements, and each occupation and career role its scoring facts, as
 * one string (admin-refresh-skill-requirements, admin-refresh-candidate-facts), which
 * read-skill-requirements and read-candidate-facts read instead of walking links. A graph loaded
 * before those strings existed has none: those statements build them from the links, with the
 * same result, and the next load keeps them again. Every load ends by stamping them with a new
 * version: a store holding every candidate's facts under the graph's stamp reads none of them.
 */
describeNeo4j('recommendation candidates on Neo4j', () => {
  let store: Neo4jStore;
  let driver: Driver;
  const settings = neo4jSettings();
  beforeAll(() => {
    store = openNeo4jStore();
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  });
  afterAll(async () => {
    await driver.close();
    await store.close();
  });

  // A rated skill, a technology, a curated skill that leads to roles, and one occupation by id.
  const query: CandidateQuery = {
    skillIds: ['skill:onet-2-a-2-a', 'skill:tech-python', 'skill:ai-tools'],
    extraIds: ['occupation:29-2011', 'role:no-such-role'],
  };
  const write = (text: string, ids: string[]) => driver.executeQuery(text, { ids }, { database: settings.database });
  const kept = async (ids: string[]) => {
    const { records } = await write('MATCH (n:Node) WHERE n.id IN $ids RETURN count(n.derivedRequirements) + count(n.derivedCandidateFacts) AS n', ids);
    return records[0].get('n').toNumber();
  };

  it('are the same read from the kept strings and from the links', async () => {
    const fromStrings = await store.candidates(query);
    const matches = fromStrings.flatMap((c) => c.matches);
    // The query reaches every kind of link and fact the strings hold.
    expect(fromStrings.length).toBeGreaterThan(100);
    expect(new Set(matches.map((m) => m.rel))).toEqual(new Set(['REQUIRES_SKILL', 'ESTIMATED_SKILL', 'USES_TECHNOLOGY', 'LEADS_TO']));
    expect(matches.some((m) => m.idf !== null && m.rel === 'USES_TECHNOLOGY')).toBe(true);
    expect(matches.some((m) => m.level === null && m.rel === 'REQUIRES_SKILL')).toBe(true);
    expect(fromStrings.some((c) => c.facts.salaryBands.length > 1 && c.facts.jobZone !== null)).toBe(true);
    expect(fromStrings.find((c) => c.facts.id === 'occupation:29-2011')?.facts.automationCounts.some((n) => n > 0)).toBe(true);
    // In the memory store's order: candidates by id, each one's matches by skill id, then link type.
    const candidateIds = fromStrings.map((c) => c.facts.id);
    expect(candidateIds).toEqual([...candidateIds].sort(compareText));
    for (const c of fromStrings) expect(c.matches).toEqual([...c.matches].sort(compareMatches));
    expect(fromStrings.some((c) => new Set(c.matches.map((m) => m.skillId)).size > 1)).toBe(true);

    const ids = [...query.skillIds, ...candidateIds];
    expect(await kept(ids)).toBe(ids.length);
    // As a graph loaded before the strings and their version stamp were kept.
    await write('MATCH (n:Node) WHERE n.id IN $ids REMOVE n.derivedRequirements, n.derivedCandidateFacts', ids);
    await write('MATCH (m:CareergraphMeta) DETACH DELETE m', []);
    try {
      expect(await kept(ids)).toBe(0);
      expect(await store.candidates(query)).toEqual(fromStrings);
    } finally {
      // Any load keeps the strings again.
      await store.load({ nodes: [], edges: [] });
    }
    expect(await kept(ids)).toBe(ids.length);
    expect(await store.candidates(query)).toEqual(fromStrings);
  });

  // A request parses each string once and keeps the parse while the store sends the same text:
  // a changed requirement changes the text, so the next read sees it.
  it('follow a changed requirement after the strings are refreshed', async () => {
    const importanceOf = async () => {
      const found = (await store.candidates(query)).find((c) => c.facts.id === 'occupation:29-2011');
      return found?.matches.find((m) => m.skillId === 'skill:onet-2-a-2-a' && m.rel === 'REQUIRES_SKILL')?.importance;
    };
    const link = 'MATCH (:Node {id: $ids[0]})-[r:REQUIRES_SKILL]->(:Node {id: $ids[1]})';
    const ends = ['occupation:29-2011', 'skill:onet-2-a-2-a'];
    const before = await importanceOf();
    expect(typeof before).toBe('number');
    await write(`${link} SET r.importance = r.importance + 0.25`, ends);
    try {
      await store.load({ nodes: [], edges: [] });
      expect(await importanceOf()).toBeCloseTo((before as number) + 0.25, 6);
    } finally {
      await write(`${link} SET r.importance = r.importance - 0.25`, ends);
      await store.load({ nodes: [], edges: [] });
    }
    expect(await importanceOf()).toBe(before);
  });

  // Statements a request's view of the store runs for one candidates read.
  const statementsOf = async (on: Neo4jStore, q: CandidateQuery = query) => {
    const names: string[] = [];
    const view = on.forRequest(new Deadline(60_000), (name) => names.push(name));
    const candidates = await view.candidates(q);
    return { names: names.sort(), candidates };
  };
  const stamps = async () => (await write('MATCH (m:CareergraphMeta) RETURN m.version AS v', [])).records.map((r) => r.get('v') as string);

  it('are read once per version stamp, and again when another store loads a change', async () => {
    await store.load({ nodes: [], edges: [] });
    const [stamp] = await stamps();
    expect(stamp).toMatch(/^[0-9a-f-]{36}$/);
    const first = await statementsOf(store);
    expect(first.names).toEqual(['read-skill-requirements', ...(first.names.includes('read-candidate-facts') ? ['read-candidate-facts'] : [])].sort());
    const again = await statementsOf(store);
    expect(again.names).toEqual(['read-skill-requirements']);
    expect(again.candidates).toEqual(first.candidates);
    // No skills (an occupation's neighbours only): the stamp is read all the same.
    expect((await statementsOf(store, { skillIds: [], extraIds: ['occupation:29-2011'] })).names).toEqual(['read-skill-requirements']);

    // Another replica loads a better-paid band for a candidate: this store sees the new stamp and reads again.
    const candidate = first.candidates.find((c) => c.facts.salaryBands.some((b) => b.maxAnnual !== null)) as (typeof first.candidates)[number];
    const band = candidate.facts.salaryBands.find((b) => b.maxAnnual !== null) as { id: string; maxAnnual: number };
    const other = openNeo4jStore();
    try {
      await other.load({ nodes: [{ id: band.id, label: 'SalaryBand', props: { maxAnnual: band.maxAnnual + 1 } }], edges: [] });
      expect(await stamps()).not.toEqual([stamp]);
      const changed = await statementsOf(store);
      expect(changed.names).toEqual(['read-candidate-facts', 'read-skill-requirements']);
      const seen = changed.candidates.find((c) => c.facts.id === candidate.facts.id);
      expect(seen?.facts.salaryBands.find((b) => b.id === band.id)?.maxAnnual).toBe(band.maxAnnual + 1);
    } finally {
      await other.load({ nodes: [{ id: band.id, label: 'SalaryBand', props: { maxAnnual: band.maxAnnual } }], edges: [] });
      await other.close();
    }
    const restored = await statementsOf(store);
    expect(restored.candidates).toEqual(first.candidates);
  });

  it('are read on every request while a write has removed the stamp, as a failed load leaves it', async () => {
    await write('MATCH (m:CareergraphMeta) DETACH DELETE m', []);
    try {
      for (let i = 0; i < 2; i++) expect((await statementsOf(store)).names).toEqual(['read-candidate-facts', 'read-skill-requirements']);
    } finally {
      await store.load({ nodes: [], edges: [] });
    }
    expect(await stamps()).toHaveLength(1);
  });
});
