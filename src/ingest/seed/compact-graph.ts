import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { isNodeLabel, isRelType, type GraphData, type GraphEdge, type GraphNode, type NodeLabel, type Props, type RelType } from '../../model/graph';
import type { Provenance, Supersession } from '../../model/provenance';

const FORMAT = 'careergraph-graph-lines/2';

/** A derived graph and what loading it replaces (each release's supersession). */
export interface DerivedGraph extends GraphData {
  supersessions: Supersession[];
}

interface Header {
  format: string;
  derivedFrom: string[];
  supersessions: Supersession[];
  nodes: number;
  edges: number;
  /** The distinct provenances (src/model/provenance.ts): a record names its own by index. */
  provenances: Provenance[];
}

/** A record's provenance keys, factored out of its properties into the header's table. */
function splitProvenance(props: Props, table: Map<string, number>): [Props, number] {
  if (typeof props.sourceId !== 'string') return [props, -1];
  const { source, sourceId, facet, ...rest } = props;
  const key = JSON.stringify([source, sourceId, facet]);
  if (!table.has(key)) table.set(key, table.size);
  return [rest, table.get(key) as number];
}

/**
 * A graph as gzipped JSON lines: a header, then one `[id, label, props, provenance]` line per
 * node and one `[type, from, to, props, provenance]` line per edge, `provenance` indexing the
 * header's table (-1: none). Lines let a reader stream it in batches, so loading the national
 * graph never holds the whole file as one string; the table keeps 200,000 copies of the same
 * three provenance strings out of the file and out of memory (seeds/ ships it this way).
 */
export function writeCompactGraph(file: string, graph: DerivedGraph, derivedFrom: string[]): void {
  const table = new Map<string, number>();
  const nodes = graph.nodes.map((n) => JSON.stringify([n.id, n.label, ...splitProvenance(n.props, table)]));
  const edges = graph.edges.map((e) => JSON.stringify([e.type, e.from, e.to, ...splitProvenance(e.props, table)]));
  const provenances = [...table.keys()].map((k) => {
    const [source, sourceId, facet] = JSON.parse(k) as string[];
    return { source, sourceId, facet };
  });
  const header: Header = { format: FORMAT, derivedFrom, supersessions: graph.supersessions, nodes: nodes.length, edges: edges.length, provenances };
  writeFileSync(file, gzipSync(`${[JSON.stringify(header), ...nodes, ...edges].join('\n')}\n`, { level: 9 }));
}

/** Parses one line after the header: nodes come first, then edges. */
class RecordReader {
  private seen = 0;
  constructor(
    private readonly file: string,
    readonly header: Header,
  ) {
    if (header.format !== FORMAT || !Number.isInteger(header.nodes) || !Number.isInteger(header.edges) || !Array.isArray(header.provenances)) {
      throw new Error(`${file}: not a "${FORMAT}" file (rebuild it: npm run seeds:national)`);
    }
  }

  read(line: string): GraphNode | GraphEdge {
    const at = ++this.seen;
    if (at <= this.header.nodes) {
      const [id, label, props, provenance] = JSON.parse(line) as [string, NodeLabel, Props, number];
      if (!isNodeLabel(label)) throw new Error(`${this.file}:${at + 1}: node ${id} has unknown label ${label}`);
      return { id, label, props: this.withProvenance(props, provenance, at) };
    }
    const [type, from, to, props, provenance] = JSON.parse(line) as [RelType, string, string, Props, number];
    if (!isRelType(type)) throw new Error(`${this.file}:${at + 1}: edge ${from}->${to} has unknown type ${type}`);
    return { type, from, to, props: this.withProvenance(props, provenance, at) };
  }

  private withProvenance(props: Props, index: number, at: number): Props {
    if (index === -1) return props;
    const p = this.header.provenances[index];
    if (!p) throw new Error(`${this.file}:${at + 1}: provenance ${index} is not in the header`);
    props.source = p.source;
    props.sourceId = p.sourceId;
    props.facet = p.facet;
    return props;
  }

  done(): void {
    if (this.seen !== this.header.nodes + this.header.edges) {
      throw new Error(`${this.file}: holds ${this.seen} records, its header promises ${this.header.nodes + this.header.edges} (a truncated file?)`);
    }
  }
}

/** The whole graph at once (tests, and the Neo4j seed, which loads in batches anyway). */
export function readCompactGraph(file: string): DerivedGraph {
  const lines = gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
  const reader = new RecordReader(file, JSON.parse(lines[0]) as Header);
  const graph: DerivedGraph = { nodes: [], edges: [], supersessions: reader.header.supersessions };
  for (const line of lines.slice(1)) {
    const record = reader.read(line);
    if ('id' in record) graph.nodes.push(record);
    else graph.edges.push(record);
  }
  reader.done();
  return graph;
}

/**
 * Streams the graph in batches of nodes, then of edges (each batch a GraphData whose edges'
 * ends came in earlier batches), and returns the header's supersessions.
 */
export async function streamCompactGraph(file: string, batchSize: number, onBatch: (batch: GraphData) => Promise<void>): Promise<Supersession[]> {
  let reader: RecordReader | null = null;
  let nodes: GraphNode[] = [];
  let edges: GraphEdge[] = [];
  const batches: GraphData[] = [];
  const cut = () => {
    if (nodes.length + edges.length > 0) batches.push({ nodes, edges });
    nodes = [];
    edges = [];
  };
  const take = (line: string) => {
    if (line === '') return;
    if (!reader) {
      reader = new RecordReader(file, JSON.parse(line) as Header);
      return;
    }
    const record = reader.read(line);
    if ('id' in record) nodes.push(record);
    else {
      if (nodes.length > 0) cut();
      edges.push(record);
    }
    if (nodes.length + edges.length >= batchSize) cut();
  };
  // Lines are cut from the gunzipped text by hand (readline's per-line machinery cost more than
  // the parsing at this size); the decoder keeps a character split across chunks whole.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }).pipe(createGunzip({ chunkSize: 1 << 20 }))) {
    const text = rest + decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    for (const batch of batches.splice(0)) await onBatch(batch);
  }
  take(rest + decoder.end());
  cut();
  for (const batch of batches.splice(0)) await onBatch(batch);
  if (!reader) throw new Error(`${file} is empty`);
  (reader as RecordReader).done();
  return (reader as RecordReader).header.supersessions;
}
