/**
 * The queries of the attack on issue #11, as builders: each makes a document a hostile or
 * careless client could send. The abuse suites send them and check each is refused or cut
 * off within its limit, while a control query keeps answering.
 */

/** A trivial query whose latency the suites watch while attacks run. */
export const CONTROL_QUERY = '{ occupation(code: "29-2011") { code title } }';

/** `relatedOccupations(first: 100)` nested `levels` deep, with `totalCount` at each level (~100^levels nodes). */
export function nestedFanOut(levels: number, first = 100): string {
  let inner = 'totalCount';
  for (let i = 1; i < levels; i++) inner = `totalCount nodes { code relatedOccupations(first: ${first}) { ${inner} } }`;
  return `{ relatedOccupations(code: "29-2011", first: ${first}) { ${inner} } }`;
}

/** Fragments F0 .. F(n-1) on Occupation, each spreading the next twice: 2^n fields expanded. */
export function fragmentChain(n: number): string {
  const fragments = [];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'code';
    fragments.push(`fragment F${i} on Occupation { title ${next} }`);
  }
  return `{ occupation(code: "29-2011") { ...F0 } }\n${fragments.join('\n')}`;
}

/** n fragments on Occupation, each spreading every one of them: a fully connected cycle. */
export function fragmentCycle(n: number): string {
  const spreads = Array.from({ length: n }, (_, i) => `...C${i}`).join(' ');
  const fragments = Array.from({ length: n }, (_, i) => `fragment C${i} on Occupation { title ${spreads} }`);
  return `{ occupation(code: "29-2011") { ...C0 } }\n${fragments.join('\n')}`;
}

/** `count` root aliases of one field selection; the selection's variables ($profile) are declared. */
export function aliasFlood(field: string, count: number): string {
  const header = field.includes('$profile') ? 'query($profile: CareerProfileInput!) ' : '';
  return `${header}{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** The variables the expensive selections use: a profile of 100 one-letter skills (`$profile`). */
export const ATTACK_VARIABLES = {
  profile: { skills: Array.from({ length: 100 }, (_, i) => ({ skill: 'abcdefghijklmnopqrstuvwxyz'[i % 26] })) },
};

/** `count` aliases of one field, nested under `occupation` (so the root-field cap does not apply). */
export function nestedAliasFlood(field: string, count: number): string {
  return `{ occupation(code: "29-2011") { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} } }`;
}

/**
 * Each expensive root field of the schema with a selection that reaches its lists: the alias
 * floods multiply these.
 */
export const EXPENSIVE_FIELDS: Readonly<Record<string, string>> = {
  search: 'search(text: "a", first: 100) { totalCount nodes { id name } }',
  recommend: 'recommend(profile: $profile, first: 50) { totalCount edges { score skillsToAdd(first: 100) { skill { id } } } }',
  similarOccupations: 'similarOccupations(code: "29-2011", first: 50) { edges { similarity node { code } sharedSkills(first: 100) { skill { id } } } }',
  careerPaths: 'careerPaths(from: "29-2011", to: "11-9111", first: 10, maxSteps: 6) { edges { node { cost steps { to { id } missingSkills { id } } } } }',
  graphExport:
    'graphExport { counts { nodes edges } nodes(first: 1000) { totalCount nodes { id properties } } edges(first: 1000) { totalCount nodes { id properties } } }',
  upskillingPaths: 'upskillingPaths(occupation: "29-2011", first: 50) { edges { node { id } skills { skill { id } } } }',
  skillLeverage: 'skillLeverage(occupation: "29-2011", first: 50) { edges { opensCount opens { id } } }',
  skillGap: 'skillGap(from: "29-2011", to: "11-9111") { missingSkills { skill { id } } }',
  automationExposure: 'automationExposure(occupation: "29-2011") { levels { level tasks { id } } }',
  visaPathways: 'visaPathways(occupation: "29-2011") { visa { id } }',
  relatedOccupations: 'relatedOccupations(code: "29-2011", first: 100) { totalCount nodes { code } }',
};

/** A document of `count` tokens: `{ __typename __typename ... }`. */
export function tokenStream(count: number): string {
  return `{ ${'__typename '.repeat(Math.max(0, count - 2))}}`;
}

/** Selections nested `depth` deep (occupation, then relatedOccupations and nodes in turn). */
export function deepQuery(depth: number): string {
  let inner = 'code';
  let levels = 1;
  if (depth % 2 === 0) {
    inner = 'relatedOccupations(first: 1) { totalCount }';
    levels = 2;
  }
  for (; levels < depth; levels += 2) inner = `relatedOccupations(first: 1) { nodes { code ${inner} } }`;
  return `{ occupation(code: "29-2011") { ${inner} } }`;
}

/** `count` fields, each with an @include directive. */
export function directiveFlood(count: number): string {
  return `{ occupation(code: "29-2011") { ${Array.from({ length: count }, (_, i) => `f${i}: code @include(if: true)`).join(' ')} } }`;
}
