import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isNodeLabel, isRelType, type GraphData, type NodeLabel, type Props, type RelType } from '../model/graph';

const FORMAT = 'careergraph-graph/1';

interface CompactFile {
  format: string;
  derivedFrom: string[];
  nodes: Array<[string, NodeLabel, Props]>;
  edges: Array<[RelType, string, string, Props]>;
}

/** A graph as gzipped JSON arrays: how seeds/ ships data the importer derives (O*NET). */
export function writeCompactGraph(file: string, graph: GraphData, derivedFrom: string[]): void {
  const body: CompactFile = {
    format: FORMAT,
    derivedFrom,
    nodes: graph.nodes.map((n) => [n.id, n.label, n.props]),
    edges: graph.edges.map((e) => [e.type, e.from, e.to, e.props]),
  };
  writeFileSync(file, gzipSync(JSON.stringify(body), { level: 9 }));
}

export function readCompactGraph(file: string): GraphData {
  const body = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as CompactFile;
  if (body.format !== FORMAT) throw new Error(`${file}: format "${body.format}", expected "${FORMAT}" (rebuild it: npm run seeds:onet)`);
  for (const [id, label] of body.nodes) if (!isNodeLabel(label)) throw new Error(`${file}: node ${id} has unknown label ${label}`);
  for (const [type, from, to] of body.edges) if (!isRelType(type)) throw new Error(`${file}: edge ${from}->${to} has unknown type ${type}`);
  return {
    nodes: body.nodes.map(([id, label, props]) => ({ id, label, props })),
    edges: body.edges.map(([type, from, to, props]) => ({ type, from, to, props })),
  };
}
