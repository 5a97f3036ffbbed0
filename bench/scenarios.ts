import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cursorScope, encodeCursor } from '../src/features/common/cursor';
import { compareEdges } from '../src/store/memory/export-index';
import { loadSeedGraph } from '../src/ingest/seed/seed-graph';

export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const example = (file: string) => readFileSync(join(__dirname, '..', ...(__dirname.includes('dist') ? ['..'] : []), 'examples', file), 'utf8');

/** What the benchmark measures: the examples users run, as they run them. */
export const SCENARIOS: Scenario[] = [
  { name: 'full profile', query: example('full-profile.graphql') },
  { name: 'search', query: example('search.graphql') },
  { name: 'node lookup', query: example('node.graphql') },
  { name: 'upskilling', query: example('upskilling.graphql') },
  { name: 'skill leverage', query: example('skill-leverage.graphql') },
  { name: 'career paths', query: example('career-paths.graphql') },
  { name: 'skill gap', query: example('skill-gap.graphql') },
  { name: 'automation exposure', query: example('automation-exposure.graphql') },
  { name: 'visa pathways', query: example('visa-pathways.graphql') },
  // National scale (#5): the same API over the O*NET occupations.
  { name: 'career paths 29-2011 → 11-9111', query: example('career-paths-onet.graphql') },
  {
    name: 'skill gap 29-2011 → 29-2011.01 (O*NET skills)',
    query: '{ skillGap(from: "29-2011", to: "29-2011.01") { missingSkills { skill { id name } importance } sharedSkills { skill { id } } coverage } }',
  },
  {
    name: 'search "lab tech" over O*NET titles',
    query: '{ search(text: "lab tech", first: 20) { totalCount nodes { __typename id name } } }',
  },
  // Every occupation's whole profile from published data (#10).
  { name: 'national profile 15-1251', query: example('occupation-national.graphql') },
  {
    name: 'recommend, 10 skill names (self-retrieval profile)',
    query: `query($profile: CareerProfileInput!) { recommend(profile: $profile, first: 10) { totalCount edges { rank score node { id name } } } }`,
    variables: {
      profile: {
        skills: [
          'Programming',
          'Complex Problem Solving',
          'Critical Thinking',
          'Systems Analysis',
          'Mathematics',
          'Computers and Electronics',
          'Reading Comprehension',
          'Active Learning',
          'Systems Evaluation',
          'Judgment and Decision Making',
        ].map((skill) => ({ skill })),
      },
    },
  },
  // Recommendation engines (#6).
  { name: 'recommend example (names resolved)', query: example('recommend.graphql') },
  {
    name: 'recommend, 10 skill ids',
    query: `query($profile: CareerProfileInput!) { recommend(profile: $profile, first: 10) {
      totalCount edges { rank score node { id name } components { name contribution }
        matchedSkills { skill { id } weight } skillsToAdd(first: 5) { skill { id } weight } paths { relationships nodes { id } } } } }`,
    variables: {
      profile: {
        occupation: '29-2011',
        skills: [
          'skill:onet-2-a-2-a',
          'skill:onet-2-a-1-e',
          'skill:onet-2-a-1-a',
          'skill:onet-2-b-3-m',
          'skill:onet-2-a-1-f',
          'skill:tech-microsoft-excel',
          'skill:tech-python',
          'skill:tech-r',
          'skill:tech-structured-query-language-sql',
          'skill:tech-tableau',
        ].map((skill) => ({ skill })),
        yearsOfExperience: 6,
        targetSalary: 85000,
      },
    },
  },
  { name: 'similar occupations', query: example('similar-occupations.graphql') },
  ...exportPages(),
];

/**
 * graphExport page 1 and page 200 (100 per page), unfiltered and over one label (Task) or one
 * relationship type (USES_TECHNOLOGY), whose pages hold rows of the same shape: keyset pages
 * should cost the same wherever they start. The cursors are made as the API makes them, from
 * the seeds.
 */
function exportPages(): Scenario[] {
  const graph = loadSeedGraph(join(__dirname, '..', ...(__dirname.includes('dist') ? ['..'] : []), 'seeds'));
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const tasks = graph.nodes
    .filter((n) => n.label === 'Task')
    .map((n) => n.id)
    .sort(byText);
  const uses = graph.edges.filter((e) => e.type === 'USES_TECHNOLOGY').sort(compareEdges);
  const at = 199 * 100 - 1;
  const nodeAfter = encodeCursor(cursorScope('graphExport.nodes', ['Task']), [tasks[189 * 100 - 1]]);
  const e = uses[at];
  const edgeAfter = encodeCursor(cursorScope('graphExport.edges', ['USES_TECHNOLOGY']), [e.from, e.type, e.to]);
  const ids = graph.nodes.map((n) => n.id).sort(byText);
  const all = [...graph.edges].sort(compareEdges);
  const anyNodeAfter = encodeCursor(cursorScope('graphExport.nodes', []), [ids[at]]);
  const a = all[at];
  const anyEdgeAfter = encodeCursor(cursorScope('graphExport.edges', []), [a.from, a.type, a.to]);
  const anyNodes = 'query($after: String) { graphExport { nodes(first: 100, after: $after) { pageInfo { endCursor } nodes { id label properties } } } }';
  const anyRels = 'query($after: String) { graphExport { edges(first: 100, after: $after) { pageInfo { endCursor } nodes { id type from to properties } } } }';
  const nodes =
    'query($after: String) { graphExport { nodes(labels: [Task], first: 100, after: $after) { pageInfo { endCursor } nodes { id label properties } } } }';
  const rels =
    'query($after: String) { graphExport { edges(types: [USES_TECHNOLOGY], first: 100, after: $after) { pageInfo { endCursor } nodes { id type from to properties } } } }';
  return [
    { name: 'graphExport nodes page 1', query: anyNodes },
    { name: 'graphExport nodes page 200', query: anyNodes, variables: { after: anyNodeAfter } },
    { name: 'graphExport edges page 1', query: anyRels },
    { name: 'graphExport edges page 200', query: anyRels, variables: { after: anyEdgeAfter } },
    { name: 'graphExport Task nodes page 1', query: nodes },
    { name: 'graphExport Task nodes page 190', query: nodes, variables: { after: nodeAfter } },
    { name: 'graphExport USES_TECHNOLOGY edges page 1', query: rels },
    { name: 'graphExport USES_TECHNOLOGY edges page 200', query: rels, variables: { after: edgeAfter } },
  ];
}
