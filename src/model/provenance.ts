import { nodeId } from './ids';

/**
 * Provenance of imported facts. A data set (O*NET, BLS OEWS, ...) is imported one release at
 * a time; each release is a DataSource node (`dataset`, `release`, `covers`, licence and
 * attribution). Every edge a release writes carries PROVENANCE_KEYS, and so does every node
 * only that data set creates (an O*NET task, a BLS wage): `source` names it for people
 * ("O*NET 29.3"), `sourceId` is its DataSource node, `facet` the kind of fact (one of the
 * DataSource's `covers`). Nodes several sources describe (an occupation, an education level)
 * carry no provenance of their own: their facts are the edges and fact nodes around them.
 */
export const PROVENANCE_KEYS = ['source', 'sourceId', 'facet'] as const;

export interface Provenance {
  source: string;
  sourceId: string;
  facet: string;
}

/** `source:onet-29-3`, `source:bls-oews-2021`: one DataSource node per data set and release. */
export function sourceIdOf(dataset: string, release: string): string {
  return nodeId.source(`${dataset}-${release.replace(/\./g, '-')}`);
}

/**
 * What loading one release replaces: facts of the same data set from any other release, in
 * the facets this import covers (a folder holding only Skills.txt replaces only skill
 * ratings). Each store applies it after loading the release (GraphStore.supersede):
 * - edges and nodes whose `sourceId` is another release of `dataset` and whose `facet` is
 *   one of `facets` are deleted (those the new release states again now carry its sourceId);
 * - on nodes other sources own, each property group whose `tag` holds another release's
 *   sourceId loses its keys and tag (the AI-exposure labels on O*NET tasks);
 * - an older release's DataSource loses those facets from `covers`, and goes when none is left.
 * Curated facts (no sourceId) and other data sets' facts are never touched; loading the same
 * release again supersedes nothing.
 */
export interface Supersession {
  dataset: string;
  release: string;
  sourceId: string;
  facets: readonly string[];
  propertyGroups?: ReadonlyArray<{ tag: string; keys: readonly string[] }>;
}

export interface SupersedeReport {
  /** Releases of the data set this one replaced facts of. */
  replaced: string[];
  edgesDeleted: number;
  nodesDeleted: number;
  propertyGroupsCleared: number;
  sourcesDeleted: number;
}
