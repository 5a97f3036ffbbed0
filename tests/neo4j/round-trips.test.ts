import type { RunningApp } from '../../src/app';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { example, postGraphQL, startTestServer } from '../helpers/server';

/**
 * No N+1 (#3), and one statement per root field (#13): a nested selection is read by one
 * read-plan statement, whatever the list sizes and however deep; only computed fields read
 * on their own.
 */
describeNeo4j('Cypher round trips per request', () => {
  let store: Neo4jStore;
  let app: RunningApp;
  beforeAll(async () => {
    store = openNeo4jStore();
    app = await startTestServer(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** Statements run so far, by cypher/ name, as /metrics counts them (what an operator sees). */
  const sent = async (): Promise<Map<string, number>> => {
    const text = await (await fetch(new URL('/metrics', app.url))).text();
    const counts = new Map<string, number>();
    for (const [, name, value] of text.matchAll(/^careergraph_neo4j_statement_duration_seconds_count\{statement="([^"]+)",[^}]*\} (\d+)$/gm)) {
      counts.set(name, (counts.get(name) ?? 0) + Number(value));
    }
    return counts;
  };
  /** The statements a request ran: the counts after it less those before. */
  const during = async (request: () => Promise<unknown>): Promise<Record<string, number>> => {
    const before = await sent();
    await request();
    const ran: Record<string, number> = {};
    for (const [name, count] of await sent()) if (count > (before.get(name) ?? 0)) ran[name] = count - (before.get(name) ?? 0);
    return ran;
  };
  const statements = (query: string) => during(async () => expect((await postGraphQL(app.url, query)).errors).toBeUndefined());

  it('is one statement for the full-profile example, four levels deep, whatever its list sizes', async () => {
    const full = example('full-profile');
    expect(await statements(full)).toEqual({ 'read-plan': 1 });
    // The same shape with every list cut to one item sends exactly the same.
    const one = full.replace(/first: \d+/g, 'first: 1').replace(/(\w+) \{ (nodes|edges)/g, '$1(first: 1) { $2');
    expect(await statements(one)).toEqual({ 'read-plan': 1 });
  });

  it.each(['node', 'tasks-by-automation'])('is one statement for the nested example %s', async (name) => {
    expect(await statements(example(name))).toEqual({ 'read-plan': 1 });
  });

  it.each([
    // Task.aiExposure's source (a node the task names by id) and Occupation.dataCoverage (counts).
    ['occupation-national', { 'read-plan': 1, 'read-nodes': 1, 'read-neighbours': 1 }],
    // Occupation.skillsEstimatedFrom (nodes named by id) and dataCoverage.
    ['occupation-not-rated', { 'read-plan': 1, 'read-nodes': 1, 'read-neighbours': 1 }],
  ])('is one statement for %s, and one more per level of its computed fields', async (name, expected) => {
    expect(await statements(example(name))).toEqual(expected);
  });

  // Was four (ends, search, stops' nodes, every stop's requirement lists): the search now
  // brings each stop's needs as ids, and only the nodes the page shows are read after it.
  it.each(['career-paths', 'career-paths-onet'])("is the path search and one read of the page's nodes for %s (#13)", async (name) => {
    expect(await statements(example(name))).toEqual({ 'read-career-paths': 1, 'read-nodes': 1 });
  });

  // Was ten, in three waves (#13): the occupation and its neighbourhood are now one read-plan,
  // the skills by name one statement (by id one more, beside it), the candidates one more.
  // Once the page is known: its nodes beside every recommendation's requirements with only what
  // ranks them (one read-plan for all); the skills to add are given as read, as the example
  // reads only their names.
  // Every candidate's facts are read by the first request of a process (beside the requirements)
  // and kept while the graph's version stamp for them stays the same (candidate-strings.test.ts).
  it('is two waves of reads and the page for recommend, however many skills it names (#13)', async () => {
    const reads = { 'read-plan': 2, 'read-nodes-by-name': 1, 'read-skill-requirements': 1, 'read-nodes': 2 };
    expect(await statements(example('recommend'))).toEqual({ ...reads, 'read-candidate-facts': 1 });
    expect(await statements(example('recommend'))).toEqual(reads);
  });

  // A selection reading more of the skills to add than their names has the chosen few read whole
  // (one read-nodes more, after the requirements), with the same skills in the same order.
  it('reads the skills to add whole only when their selection reads more than names', async () => {
    const query = (fields: string) =>
      `{ recommend(profile: { occupation: "29-2011", skills: [{ skill: "Science" }, { skill: "Python" }] }, first: 3) {
          edges { skillsToAdd(first: 4) { skill { ${fields} } weight } } } }`;
    const answers: unknown[] = [];
    const read = async (fields: string) => {
      const res = await postGraphQL(app.url, query(fields));
      expect(res.errors).toBeUndefined();
      answers.push(res.data);
    };
    const lean = await during(() => read('id name'));
    const whole = await during(() => read('id name description'));
    expect(whole['read-nodes'] ?? 0).toBe((lean['read-nodes'] ?? 0) + 1);
    type Edges = { recommend: { edges: Array<{ skillsToAdd: Array<{ skill: { id: string; name: string }; weight: number }> }> } };
    const names = (data: unknown) => (data as Edges).recommend.edges.map((e) => e.skillsToAdd.map((s) => [s.skill.id, s.skill.name, s.weight]));
    expect(names(answers[0])[0].length).toBeGreaterThan(0);
    expect(names(answers[1])).toEqual(names(answers[0]));
  });

  it('is one statement for careerPaths between unknown or unwalkable ends, which fail as before (#13)', async () => {
    const ran = await during(async () => {
      const res = await postGraphQL(app.url, '{ careerPaths(from: "skill:ai-tools", to: "99-9999") { totalCount } }');
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
    expect(ran).toEqual({ 'read-career-paths': 1 });
  });

  // A root field's plan reads only the root properties its selection reads (#13), so two root
  // fields on one node each get their own, and neither is given the other's partial node.
  it('reads only the selected root properties, per root field', async () => {
    const [node] = await store.getNodes(['occupation:29-2011']);
    const query = `{
      a: occupation(code: "29-2011") { title }
      b: node(id: "occupation:29-2011") { ... on Occupation { code summary tasks(first: 1) { totalCount } } }
      c: occupation(code: "29-2011") { title code }
    }`;
    let res: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    const ran = await during(async () => {
      res = await postGraphQL(app.url, query);
    });
    expect(res?.errors).toBeUndefined();
    expect(ran).toEqual({ 'read-plan': 3 });
    const data = res?.data as Record<string, Record<string, unknown>>;
    expect(data.a).toEqual({ title: node?.props.title });
    expect(data.b).toMatchObject({ code: node?.props.code, summary: node?.props.summary });
    expect(data.c).toEqual({ title: node?.props.title, code: node?.props.code });
    expect(typeof data.b.summary).toBe('string');
  });

  it('is one statement per root field, aliases and fragments included', async () => {
    const query = `query Two($first: Int) {
      a: occupation(code: "29-2011") { ...Lists }
      b: node(id: "skill:mass-spectrometry") { ... on Skill { leadsTo(first: $first) { nodes { id requiredSkills { totalCount } } } } }
    }
    fragment Lists on Occupation { tasks(first: 2) { edges { node { skills { nodes { partOf { totalCount } } } } } } x: tasks(first: 3) { totalCount } }`;
    const ran = await during(async () => expect((await postGraphQL(app.url, query, { first: 2 })).errors).toBeUndefined());
    expect(ran).toEqual({ 'read-plan': 2 });
  });
});
