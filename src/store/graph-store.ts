import { compareText } from '../shared/compare';
import type { GraphData, GraphEdge, GraphNode, NodeLabel, Props, RelType } from '../model/graph';
import type { SupersedeReport, Supersession } from '../model/provenance';
import type { Deadline } from '../shared/deadline';

/**
 * The one interface both stores implement; services cannot tell them apart.
 *
 * Ordering rule (both stores): neighbour lists are ordered by the edge's `rank` ascending
 * (edges without one last), then by the neighbour's id; search results by match rank
 * (exact name, name prefix, other), then name, then id.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /**
   * Whether the nodes it answers with are its own objects, the same from call to call until the
   * graph changes (the in-memory store's): readers may then keep what they derive from one
   * against it, and must never change them.
   */
  readonly sharedNodes?: boolean;
  getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** One page of neighbours per request, answered in one round trip for the whole batch. */
  expand(requests: readonly ExpandRequest[]): Promise<NeighbourPage[]>;
  /**
   * The roots, and the pages of a plan under them in one round trip (#13): each step's page
   * under each root (top steps) or under each node of its parent step's pages, exactly as
   * `expand` answers that request with the parent's id. Pages under missing parents may be
   * left out.
   */
  /**
   * The roots and the pages of `steps` under them, in one call. `rootProps`: the root
   * properties the reader needs (as PlanStep.props; undefined for all): a store may return more.
   */
  expandPlan(rootIds: readonly string[], steps: readonly PlanStep[], rootProps?: readonly string[]): Promise<PlanResult>;
  search(query: SearchQuery): Promise<SearchPage>;
  /** For each name, the nodes whose name has exactly its search words (any case, any punctuation), in id order. */
  findByNames(query: NameQuery): Promise<GraphNode[][]>;
  /**
   * Career-path candidates (see PathQuery) and what each of their stops needs, in one round
   * trip (#13): the ends' labels tell a caller whether they exist and may be walked between.
   */
  findPaths(query: PathQuery): Promise<PathSearch>;
  /**
   * Merges nodes by id, properties into properties (a null property removes it); an edge,
   * unique per (type, from, to), is one source's fact, so loading it again replaces its
   * properties. Loading twice changes nothing.
   */
  load(graph: GraphData, onProgress?: (progress: LoadProgress) => void, options?: LoadOptions): Promise<void>;
  /** After loading a release: removes what other releases of its data set said (src/model/provenance.ts). */
  supersede(supersession: Supersession): Promise<SupersedeReport>;
  /** Nodes in id order after `after` (keyset: a page costs the same wherever it starts). */
  exportNodes(query: ExportNodesQuery): Promise<GraphNode[]>;
  /** Edges in (from, type, to) order after `after` (keyset, like exportNodes). */
  exportEdges(query: ExportEdgesQuery): Promise<GraphEdge[]>;
  /**
   * Recommendation and similarity candidates, in one read: every occupation or career role
   * one of `skillIds` is a requirement of, and those of `extraIds`; each with its matches
   * among `skillIds` and the facts it is scored on. Ordered by id.
   */
  candidates(query: CandidateQuery): Promise<Candidate[]>;
  counts(): Promise<GraphCounts>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
  /**
   * The store working for one request: it gives up that request's work when its deadline
   * passes (a Neo4j session is closed; the in-memory store stops between steps). Absent: the
   * store's calls are short enough to finish (see src/store/request-scope.ts).
   */
  forRequest?(deadline: Deadline, observe?: StatementObserver): GraphStore;
  /** Neo4j: statements holding one of the pool's connections now, of `max` (for /metrics). */
  readonly connections?: { inUse: number; max: number };
}

/**
 * Told of each statement a request's view of the store ran, when it ends: its name in cypher/,
 * how long it took (waiting for a connection included) and whether it succeeded.
 */
export type StatementObserver = (statement: string, seconds: number, ok: boolean) => void;

export interface LoadOptions {
  /**
   * The caller hands the graph's property objects over: the store may keep them as they are
   * rather than copy them, and the caller must not use them again (a batch streamed from a file).
   */
  owned?: boolean;
}

export type Direction = 'OUT' | 'IN';

export interface ExpandRequest {
  id: string;
  rel: RelType;
  direction: Direction;
  /** Only neighbours with one of these labels; empty or absent means any. */
  labels?: readonly NodeLabel[];
  /** Only neighbours whose property `key` is one of `values` (key checked against an allow-list). */
  where?: { key: string; values: readonly string[] };
  /** Keyset: only neighbours after this one in the documented order (null: from the start). */
  after: NeighbourKey | null;
  limit: number;
}

/** A neighbour-page request whose parent is known only when the plan runs, and the steps under its nodes. */
export interface PlanStep extends Omit<ExpandRequest, 'id'> {
  children: PlanStep[];
  /**
   * The node properties the reader needs (names from the schema, checked against the property
   * key rule); undefined for all. A store may return more: the memory store returns every
   * property, Neo4j's typed statement only these, which cuts what it sends and decodes.
   */
  props?: readonly string[];
  /**
   * False when the reader does not need the page's `total`: a store may then skip counting and
   * report -1 (Neo4j's typed statement does; a count is a second expansion per parent).
   */
  total?: boolean;
  /** The relationship properties the reader needs, as `props` says of nodes (undefined: all). */
  edgeProps?: readonly string[];
}

export interface PlanResult {
  /** The roots, in the order asked; null where there is none. */
  roots: Array<GraphNode | null>;
  pages: PlanPage[];
}

export interface PlanPage {
  step: PlanStep;
  parentId: string;
  page: NeighbourPage;
}

/** A neighbour's place in the order: its edge's rank (MAX_SAFE_INTEGER when it has none), then its id. */
export interface NeighbourKey {
  rank: number;
  id: string;
}

export interface Neighbour {
  node: GraphNode;
  edge: Props;
  /** Its place in the order, as the store sorted it: callers build cursors from it. */
  key: NeighbourKey;
}

export interface NeighbourPage {
  /** Neighbours in the whole (filtered) list. */
  total: number;
  items: Neighbour[];
  /** Whether more follow this page. */
  hasMore: boolean;
}

export interface SearchQuery {
  words: readonly string[];
  labels?: readonly NodeLabel[];
  /** Keyset: only hits after this one in the documented order (null: from the start). */
  after: SearchKey | null;
  limit: number;
}

/** A hit's place in the search order: match rank (0 exact name, 1 name prefix, 2 other), name, id. */
export interface SearchKey {
  rank: number;
  name: string;
  id: string;
}

/** The search order: rank, then name, then id (code-unit order, as Neo4j sorts strings). */
export function compareSearchKeys(a: SearchKey, b: SearchKey): number {
  return a.rank - b.rank || compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** Exact-name lookups: each name as its search words (src/model/search-text.ts). */
export interface NameQuery {
  names: ReadonlyArray<readonly string[]>;
  labels?: readonly NodeLabel[];
}

export interface SearchPage {
  total: number;
  items: SearchHit[];
  hasMore: boolean;
}

export interface SearchHit {
  node: GraphNode;
  /** Its place in the search order, as the store ranked it: callers build cursors from it. */
  key: SearchKey;
}

export interface LoadProgress {
  phase: 'nodes' | 'edges';
  done: number;
  total: number;
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export interface StoreHealth {
  ready: boolean;
  detail: string;
}

/**
 * Paths walk these relationships, forwards: role to role, occupation to its entry roles,
 * occupation to related occupation, role to the occupation it maps to.
 */
export const WALKABLE_RELS = ['ADVANCES_TO', 'HAS_ROLE', 'RELATED_TO', 'MAPS_TO'] as const;

/**
 * Simple paths (no node twice) from `from` to `to` of 1..maxSteps steps over WALKABLE_RELS,
 * HAS_ROLE only into entry roles; of those, the paths whose length is among the PATH_GROUPS
 * smallest lengths (Cypher's SHORTEST 2 GROUPS), ordered by length then node ids, at most
 * `maxPaths` of them.
 */
export interface PathQuery {
  from: string;
  to: string;
  maxSteps: number;
  maxPaths: number;
  /** A stop's rated skills count as its needs from this importance up (see StopNeeds). */
  minImportance: number;
}

/** Cypher takes SHORTEST k only as a literal: cypher/read-career-paths.cypher says 2 too. */
export const PATH_GROUPS = 2;

export interface FoundPath {
  nodes: string[];
  rels: Array<{ type: RelType; props: Props }>;
}

export interface PathSearch {
  /** The labels of `from` and `to`; null where no node has that id (then there are no paths). */
  fromLabel: NodeLabel | null;
  toLabel: NodeLabel | null;
  paths: FoundPath[];
  /** Every node on `paths`, once, in no particular order. */
  stops: StopNeeds[];
}

/**
 * What a stop asks for, as ids in the neighbour order (edge rank, then id): the skills it
 * REQUIRES_SKILL unless the rating is suppressed or below PathQuery.minImportance (an unrated
 * link always counts), and the certifications it REQUIRES_CERTIFICATION with requirement
 * REQUIRED. Ids only: the caller loads the few nodes it shows.
 */
export interface StopNeeds {
  id: string;
  skills: string[];
  certifications: string[];
}

/** StopNeeds' rule for one REQUIRES_SKILL link, for the in-memory store and the services that read links themselves. */
export function isNeededSkill(edge: Readonly<Record<string, unknown>>, minImportance: number): boolean {
  if (edge.suppressed === true) return false;
  return typeof edge.importance !== 'number' || edge.importance >= minImportance;
}

/** StopNeeds' rule for one REQUIRES_CERTIFICATION link. */
export function isRequiredCertification(edge: Readonly<Record<string, unknown>>): boolean {
  return edge.requirement === 'REQUIRED';
}

/** Property keys a neighbour filter may name. */
export const FILTERABLE_KEYS = ['automationLevel', 'seniority', 'requirement', 'kind'] as const;

/**
 * Export reads. Node properties leave out the search fields (`searchText`, `searchName`),
 * which are derived from the others when a graph is loaded.
 */
export interface ExportNodesQuery {
  labels?: readonly NodeLabel[];
  /** The last id of the previous page; null for the first page. */
  after: string | null;
  limit: number;
}

export interface ExportEdgesQuery {
  types?: readonly RelType[];
  after: { from: string; type: RelType; to: string } | null;
  limit: number;
}

/** Node properties an export leaves out (derived at load). */
export const DERIVED_NODE_PROPS = ['searchText', 'searchName', 'derivedCandidateFacts', 'derivedRequirements'] as const;

export interface CandidateQuery {
  skillIds: readonly string[];
  extraIds: readonly string[];
}

/**
 * A candidate with its matches: the skills among those asked for that it links to (its
 * REQUIRES_SKILL, ESTIMATED_SKILL and USES_TECHNOLOGY links, and for a career role the
 * curated skills that LEADS_TO it), by skill id then relationship type.
 */
export interface Candidate {
  facts: CandidateFacts;
  /** Read-only: a store may hand the same list to every request. */
  matches: readonly RequirementMatch[];
}

export interface RequirementMatch {
  skillId: string;
  rel: 'REQUIRES_SKILL' | 'ESTIMATED_SKILL' | 'USES_TECHNOLOGY' | 'LEADS_TO';
  /** O*NET importance (1-5), as stored; null on curated and technology links. */
  importance: number | null;
  /** O*NET level (0-7) when usable: null where unrated, suppressed or marked not relevant. */
  level: number | null;
  /** O*NET Recommend Suppress on the importance: the rating does not count. */
  suppressed: boolean;
  /** A technology link: its In Demand flag and the technology's idf (null where unknown). */
  inDemand: boolean;
  idf: number | null;
}

/** Raw facts about one candidate; the scoring (features/recommend) is shared by both stores. */
export interface CandidateFacts {
  id: string;
  label: NodeLabel;
  /** O*NET job zone (1-5) of an occupation. */
  jobZone: number | null;
  /** Kept on the node at import (src/ingest/onet/derived): mean importance and distinctiveness norm of its ratings. */
  skillImportanceMean: number | null;
  skillWeightNorm: number | null;
  /** Σ idf of its technologies, kept on the node at import. */
  technologyIdfSum: number | null;
  /** Its ratings are estimates from similar occupations (O*NET has not rated it). */
  estimated: boolean;
  /** REQUIRES_SKILL links without an importance (curated), and skills that LEADS_TO it. */
  unratedSkills: number;
  /** Its tasks per automation level: automatable, AI-assisted, human-core. */
  automationCounts: [number, number, number];
  /** Its salary bands (an occupation's HAS_SALARY_BAND, a role's incoming PAYS_ROLE), by minYears then maxAnnual. */
  salaryBands: SalaryFacts[];
}

export interface SalaryFacts {
  id: string;
  minYears: number | null;
  maxYears: number | null;
  minAnnual: number | null;
  maxAnnual: number | null;
}
