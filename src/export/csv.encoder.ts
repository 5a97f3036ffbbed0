import type { GraphEdge, GraphNode, PropValue, Props } from '../model/graph';
import { ARRAY_DELIMITER, csvColumnSchemas, type CsvColumn } from './csv-schema';
import { ExportError } from './export-error';
import type { RowEncoder } from './row-encoder';

/**
 * Pass 2 of a CSV export: rows with the columns pass 1 found. A property or a value pass 1 did
 * not see means the graph changed in between, and the header would lie: that fails.
 */
export class CsvEncoder implements RowEncoder {
  readonly nodeHeader: string;
  readonly edgeHeader: string;
  private readonly nodeKeys: Set<string>;
  private readonly edgeKeys: Set<string>;

  constructor(
    private readonly nodeColumns: readonly CsvColumn[],
    private readonly edgeColumns: readonly CsvColumn[],
  ) {
    this.nodeHeader = line(csvColumnSchemas('nodes', nodeColumns).map((c) => field(c.header)));
    this.edgeHeader = line(csvColumnSchemas('edges', edgeColumns).map((c) => field(c.header)));
    this.nodeKeys = new Set(nodeColumns.map((c) => c.key));
    this.edgeKeys = new Set(edgeColumns.map((c) => c.key));
  }

  node(n: GraphNode): string {
    const where = `node ${n.id}`;
    checkKeys(n.props, this.nodeKeys, where);
    // `Node` as well as the node's own label: the Neo4j store finds every node as (:Node {id})
    // (its uniqueness constraint and all its queries), so an import without it would hold
    // nodes the service cannot see.
    const labels = `Node${ARRAY_DELIMITER}${n.label}`;
    return line([field(n.id, true), field(labels), ...this.properties(this.nodeColumns, n.props, where)]);
  }

  edge(e: GraphEdge): string {
    const where = `edge ${e.type} ${e.from} -> ${e.to}`;
    checkKeys(e.props, this.edgeKeys, where);
    return line([field(e.from, true), field(e.type), field(e.to, true), ...this.properties(this.edgeColumns, e.props, where)]);
  }

  /** The property cells, then the emptyValues cell: the keys whose cell is `""` for an empty string or array. */
  private properties(columns: readonly CsvColumn[], props: Props, where: string): string[] {
    const empty: string[] = [];
    const cells = columns.map((c) => {
      const value = props[c.key];
      // In a string column (kinds that did not mix) an empty array is written `[]`: not empty.
      if (value === '' || (c.type.endsWith('[]') && Array.isArray(value) && value.length === 0)) empty.push(c.key);
      return cell(c, value, where);
    });
    return [...cells, field(empty.join(ARRAY_DELIMITER))];
  }
}

/**
 * RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. An empty
 * string is quoted when it is a value, so that it differs from a missing one (an empty field).
 */
export function field(text: string, quoteEmpty = false): string {
  if (text === '') return quoteEmpty ? '""' : '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(fields: readonly string[]): string {
  return `${fields.join(',')}\n`;
}

function checkKeys(props: Props, known: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(props)) {
    if (!known.has(key)) throw changed(`${where} has property "${key}", which the first pass did not see`);
  }
}

/** One value as its column's type; a `string` column (kinds that did not mix) takes anything. */
function cell(column: CsvColumn, value: PropValue | undefined, where: string): string {
  if (value === null || value === undefined) return '';
  const type = column.type;
  if (type === 'string') {
    if (typeof value === 'string') return field(value, true);
    return field(Array.isArray(value) ? JSON.stringify(value) : String(value));
  }
  const isArray = type.endsWith('[]');
  if (Array.isArray(value) !== isArray) throw mismatch(column, value, where);
  // Quoted, as an empty string is: a value, not a missing one, to readers that see quotes.
  if (Array.isArray(value) && value.length === 0) return '""';
  const element = isArray ? type.slice(0, -2) : type;
  const texts = (Array.isArray(value) ? value : [value]).map((v) => {
    if (element === 'string') return String(v);
    if (!fits(element, v)) throw mismatch(column, value, where);
    return String(v);
  });
  return field(texts.join(ARRAY_DELIMITER), isArray);
}

function fits(type: string, value: string | number | boolean): boolean {
  if (type === 'long') return typeof value === 'number' && Number.isSafeInteger(value);
  if (type === 'double') return typeof value === 'number';
  return typeof value === 'boolean';
}

function mismatch(column: CsvColumn, value: PropValue, where: string): ExportError {
  return changed(`${where}: property "${column.key}" is ${JSON.stringify(value)}, but the first pass typed it ${column.type}`);
}

function changed(detail: string): ExportError {
  return new ExportError(`the graph changed during the export (${detail}); run it again when nothing is loading`);
}
