import { edgeKey, type GraphEdge, type GraphNode, type Props } from '../model/graph';
import type { RowEncoder } from './row-encoder';

/** One JSON object per line; property keys sorted so the same graph gives the same bytes. */
export const ndjsonEncoder: RowEncoder = {
  nodeHeader: null,
  edgeHeader: null,
  node: (n: GraphNode) => `${JSON.stringify({ id: n.id, label: n.label, properties: sortedProps(n.props) })}\n`,
  edge: (e: GraphEdge) => `${JSON.stringify({ id: edgeKey(e), type: e.type, from: e.from, to: e.to, properties: sortedProps(e.props) })}\n`,
};

export function sortedProps(props: Props): Props {
  const out: Props = {};
  for (const key of Object.keys(props).sort()) out[key] = props[key];
  return out;
}
