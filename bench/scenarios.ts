import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
];
