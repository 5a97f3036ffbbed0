/**
 * One query per paged list that clients page with cursors: the connection's field, its
 * arguments other than `first` and `after` (what keeps one list apart from another in a
 * client cache), and the edge selection. Shared by the Relay and Apollo Client tests.
 */
export interface PagedList {
  field: string;
  /** Arguments other than paging, as GraphQL text. */
  args: string;
  /** Names of those arguments: Apollo's keyArgs, Relay's connection filters. */
  keyArgs: string[];
  /** Selection of each edge (cursor is added). */
  edge: string;
}

export const PAGED_LISTS: readonly PagedList[] = [
  {
    field: 'recommend',
    args: 'profile: { occupation: "29-2011", skills: [{ skill: "Critical Thinking" }, { skill: "Science" }] }',
    keyArgs: ['profile'],
    edge: 'rank score node { __typename id name }',
  },
  { field: 'similarOccupations', args: 'code: "29-2011"', keyArgs: ['code'], edge: 'rank similarity node { id code }' },
  { field: 'relatedOccupations', args: 'code: "29-2011"', keyArgs: ['code', 'tier'], edge: 'tier index node { id code }' },
  {
    field: 'careerPaths',
    args: 'from: "29-2011", to: "11-9111", maxSteps: 4',
    keyArgs: ['from', 'to', 'maxSteps'],
    edge: 'rank node { cost length nodes { __typename id } }',
  },
  { field: 'upskillingPaths', args: 'occupation: "29-2011"', keyArgs: ['occupation', 'haveSkills'], edge: 'rank score node { __typename id }' },
  {
    field: 'skillLeverage',
    args: 'occupation: "29-2011"',
    keyArgs: ['occupation'],
    edge: 'rank opensCount node { __typename ... on Skill { id } ... on Certification { id } }',
  },
];

/** What identifies an edge's node within its list (a career path has no id: its stops do). */
export function edgeIdentity(edge: { node: { id?: string; nodes?: Array<{ id: string }> } }): string {
  return edge.node.id ?? (edge.node.nodes ?? []).map((n) => n.id).join(' ');
}
