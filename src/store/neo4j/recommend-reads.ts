import type { GraphNode, Props } from '../../model/graph';
import { compareText } from '../../shared/compare';
import { compareNeighbours } from '../neighbour-order';
import type { Hop, LeanNeighbour, PageQuery, PageRead, ProfileQuery, ProfileRead, Requirement } from '../recommend-reads';
import type { StatementName } from './cypher-statements';
import { toNode } from './values';

type Row = Record<string, unknown>;
type Read = (name: StatementName, params: Record<string, unknown>) => Promise<Row[]>;

/** GraphStore.readProfile on Neo4j: cypher/read-recommend-profile.cypher, one round trip. */
export async function readProfile(read: Read, query: ProfileQuery): Promise<ProfileRead> {
  const around = query.around;
  const [row] = await read('read-recommend-profile', {
    ids: [...new Set(query.ids)],
    names: query.names.names.map((words) => words.join(' ')),
    labels: query.names.labels ?? [],
    around: around?.id ?? null,
    hops: (around?.hops ?? []).map((h) => ({ ...hop(h), next: h.next ? hop(h.next) : null })),
  });
  const named: GraphNode[][] = query.names.names.map(() => []);
  for (const n of row.named as Row[]) named[n.name as number].push(toNode(n));
  for (const list of named) list.sort((a, b) => compareText(a.id, b.id));
  const limit = around?.limit ?? 0;
  const lists: LeanNeighbour[][] = (around?.hops ?? []).map(() => []);
  for (const n of row.around as Row[]) {
    const next = (n.next as Row[]).map((x) => lean(x, []));
    lists[n.hop as number].push(lean(n, ordered(next, limit)));
  }
  return { nodes: byId(row.nodes as Row[], query.ids), named, around: lists.map((l) => ordered(l, limit)) };
}

/** GraphStore.readRecommendationPage on Neo4j: cypher/read-recommend-page.cypher, one round trip. */
export async function readRecommendationPage(read: Read, query: PageQuery): Promise<PageRead> {
  const [row] = await read('read-recommend-page', {
    ids: [...new Set(query.ids)], candidateIds: [...query.candidateIds], minImportance: query.minImportance,
  });
  const requirements: Requirement[][] = query.candidateIds.map(() => []);
  type Link = [number, Requirement['rel'], string, Props, unknown, unknown, boolean];
  for (const [i, rel, id, props, importance, level, suppressed] of row.requirements as Link[]) {
    requirements[i].push({ rel, skill: toNode({ id, label: 'Skill', props }), importance: num(importance), level: num(level), suppressed });
  }
  return { nodes: byId(row.nodes as Row[], query.ids), requirements };
}

const hop = (h: Hop) => ({ rel: h.rel, direction: h.direction, labels: h.labels ?? [] });

function lean(row: Row, next: LeanNeighbour[]): LeanNeighbour {
  return { node: { id: row.id as string, label: row.label as GraphNode['label'], props: {} }, edge: row.edge as Props, next };
}

/** The documented neighbour order (edge rank, then id), at most `limit`. */
function ordered(list: LeanNeighbour[], limit: number): LeanNeighbour[] {
  return list.sort(compareNeighbours).slice(0, limit);
}

function byId(rows: Row[], ids: readonly string[]): Array<GraphNode | null> {
  const found = new Map(rows.map((r) => [r.id as string, toNode(r)]));
  return ids.map((id) => found.get(id) ?? null);
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
