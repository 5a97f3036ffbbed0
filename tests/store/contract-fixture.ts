import { GraphBuilder } from '../../src/model/graph-builder';
import type { GraphData } from '../../src/model/graph';

/**
 * The store contract's graph (tests/store/contract.ts): a few occupations, tasks, skills,
 * certifications and roles, small enough that every answer is worked out by hand.
 *
 * Every id starts with PREFIX, which sorts after every id the seed graph has (those start
 * with a lower-case label name, the last of them `wage:`), so on the shared Neo4j the fixture
 * sits beside the seed: keyset reads from PREFIX on see only the fixture, and it is removed
 * by that prefix afterwards. Names use words the seed has not (quokka, numbat).
 */
export const PREFIX = 'zz-contract:';

/** The fixture's ids, by the names the contract uses for them. */
export const ID = {
  A: `${PREFIX}occupation:a`,
  B: `${PREFIX}occupation:b`,
  C: `${PREFIX}occupation:c`,
  a1: `${PREFIX}task:a1`,
  a2: `${PREFIX}task:a2`,
  a3: `${PREFIX}task:a3`,
  a4: `${PREFIX}task:a4`,
  a5: `${PREFIX}task:a5`,
  s1: `${PREFIX}skill:s1`,
  s2: `${PREFIX}skill:s2`,
  s3: `${PREFIX}skill:s3`,
  s4: `${PREFIX}skill:s4`,
  s5: `${PREFIX}skill:s5`,
  t1: `${PREFIX}skill:t1`,
  c1: `${PREFIX}certification:c1`,
  c2: `${PREFIX}certification:c2`,
  r1: `${PREFIX}role:r1`,
  r2: `${PREFIX}role:r2`,
  r3: `${PREFIX}role:r3`,
  r4: `${PREFIX}role:r4`,
  bandJunior: `${PREFIX}salary-band:a:junior`,
  bandSenior: `${PREFIX}salary-band:a:senior`,
  bandR1: `${PREFIX}salary-band:r1`,
  v1: `${PREFIX}source:v1`,
  v2: `${PREFIX}source:v2`,
} as const;

/** Provenance of the facts release 1 of the fixture's data set states (for supersede). */
export const DATASET = 'zz-contract';
const V1 = { source: 'Contract 1', sourceId: ID.v1, facet: 'ratings' };

export function contractGraph(): GraphData {
  const g = new GraphBuilder();
  g.node(ID.A, 'Occupation', { name: 'Quokka Analyst', jobZone: 3 });
  g.node(ID.B, 'Occupation', { name: 'Quokka Analyst Lead', jobZone: 4, quokkaLabel: 'tagged', quokkaTag: ID.v1 });
  g.node(ID.C, 'Occupation', { name: 'Senior Quokka Analyst', jobZone: 5 }, ['Numbat Keeper']);

  // A's tasks in neighbour order: a2 (rank 1), a1 and a4 (rank 2, by id), then a3 and a5 (no rank, by id).
  const tasks = [
    ['a1', 'Count burrows', 'AUTOMATABLE', 2],
    ['a2', 'Feed joeys', 'HUMAN_CORE', 1],
    ['a3', 'Log sightings', 'AI_ASSISTED', undefined],
    ['a4', 'Photograph joeys', 'HUMAN_CORE', 2],
    ['a5', 'Tag joeys', 'AUTOMATABLE', undefined],
  ] as const;
  for (const [key, name, automationLevel, rank] of tasks) {
    g.node(ID[key], 'Task', { name, automationLevel });
    g.edge('HAS_TASK', ID.A, ID[key], { rank });
  }

  g.node(ID.s1, 'Skill', { name: 'Quokka Handling' });
  g.node(ID.s2, 'Skill', { name: 'Burrow Mapping' });
  g.node(ID.s3, 'Skill', { name: 'Night Vision' });
  // The same search words as A's name: exact-name lookups find both, in id order.
  g.node(ID.s4, 'Skill', { name: 'QUOKKA: Analyst' });
  g.node(ID.s5, 'Skill', { name: 'Obsolete Counting', ...V1 });
  g.node(ID.t1, 'Skill', { name: 'Burrow Scanner', idf: 2.5 });
  g.edge('REQUIRES_SKILL', ID.A, ID.s1, { rank: 1, importance: 4.5, level: 5.1, source: 'Contract 2', sourceId: ID.v2, facet: 'ratings' });
  g.edge('REQUIRES_SKILL', ID.A, ID.s2, { rank: 2, importance: 2 });
  g.edge('REQUIRES_SKILL', ID.A, ID.s3, {});
  g.edge('REQUIRES_SKILL', ID.B, ID.s1, { rank: 1, importance: 4, level: 3, levelSuppressed: true, ...V1 });
  g.edge('REQUIRES_SKILL', ID.B, ID.s3, { rank: 2, importance: 3.5, suppressed: true });
  g.edge('REQUIRES_SKILL', ID.C, ID.s1, { rank: 1, importance: 3.2 });
  g.edge('REQUIRES_SKILL', ID.C, ID.s2, { rank: 2, importance: 4 });
  g.edge('REQUIRES_SKILL', ID.C, ID.s5, { importance: 3, ...V1 });
  g.edge('REQUIRES_SKILL', ID.r3, ID.s2, { rank: 1 });
  g.edge('USES_TECHNOLOGY', ID.C, ID.t1, { inDemand: true });
  g.edge('LEADS_TO', ID.s1, ID.r4, {});

  g.node(ID.c1, 'Certification', { name: 'Quokka Safety Card' });
  g.node(ID.c2, 'Certification', { name: 'Marsupial First Aid' });
  g.edge('REQUIRES_CERTIFICATION', ID.A, ID.c1, { rank: 1, requirement: 'REQUIRED' });
  g.edge('REQUIRES_CERTIFICATION', ID.A, ID.c2, { rank: 2, requirement: 'OPTIONAL' });
  g.edge('REQUIRES_CERTIFICATION', ID.C, ID.c2, { requirement: 'REQUIRED' });

  // Walkable: A -HAS_ROLE(entry)-> r1 -ADVANCES_TO-> r2, r3, r4; r2 -> r3; r3 -> r1 (a cycle);
  // r3, r4 -MAPS_TO-> C; A -RELATED_TO-> C -RELATED_TO-> B. A -HAS_ROLE-> r2 is not an entry: not walkable.
  g.node(ID.r1, 'CareerRole', { name: 'Junior Wrangler', entry: true });
  g.node(ID.r2, 'CareerRole', { name: 'Wrangler' });
  g.node(ID.r3, 'CareerRole', { name: 'Lead Wrangler' });
  g.node(ID.r4, 'CareerRole', { name: 'Chief Wrangler' });
  g.edge('HAS_ROLE', ID.A, ID.r1, { entry: true });
  g.edge('HAS_ROLE', ID.A, ID.r2, { entry: false });
  g.edge('ADVANCES_TO', ID.r1, ID.r2, { rank: 1, move: 'PROMOTION' });
  g.edge('ADVANCES_TO', ID.r1, ID.r3, { rank: 2, move: 'PROMOTION' });
  g.edge('ADVANCES_TO', ID.r1, ID.r4, { rank: 3, move: 'SPECIALISATION' });
  g.edge('ADVANCES_TO', ID.r2, ID.r3, { move: 'PROMOTION' });
  g.edge('ADVANCES_TO', ID.r3, ID.r1, { move: 'CAREER_CHANGE' });
  g.edge('MAPS_TO', ID.r3, ID.C, {});
  g.edge('MAPS_TO', ID.r4, ID.C, {});
  g.edge('RELATED_TO', ID.A, ID.C, { weight: 0.8 });
  g.edge('RELATED_TO', ID.C, ID.B, { weight: 0.5 });

  g.node(ID.bandJunior, 'SalaryBand', { name: 'Junior', minYears: 0, maxYears: 2, minAnnual: 50000, maxAnnual: 60000 });
  g.node(ID.bandSenior, 'SalaryBand', { name: 'Senior', minYears: 5, minAnnual: 80000, maxAnnual: 100000 });
  g.node(ID.bandR1, 'SalaryBand', { name: 'Starter', minYears: 1, maxAnnual: 55000 });
  g.edge('HAS_SALARY_BAND', ID.A, ID.bandSenior, {});
  g.edge('HAS_SALARY_BAND', ID.A, ID.bandJunior, {});
  g.edge('PAYS_ROLE', ID.bandR1, ID.r1, {});

  g.node(ID.v1, 'DataSource', { name: 'Contract 1', dataset: DATASET, release: '1', covers: ['ratings', 'labels'] });
  return g.build();
}
