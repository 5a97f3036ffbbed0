/**
 * The columns of nodes.csv and edges.csv: one table gives both the header (in neo4j-admin
 * import's conventions) and the column schema manifest.json carries for other readers.
 */

/** neo4j-admin's default array delimiter; it has no escape, so an element holding it is split. */
export const ARRAY_DELIMITER = ';';

export type CsvScalar = 'string' | 'long' | 'double' | 'boolean';
export type CsvType = CsvScalar | `${CsvScalar}[]`;

/** A property column as the first pass found it. */
export interface CsvColumn {
  key: string;
  type: CsvType;
  /** Some row has no value for it. */
  nullable: boolean;
}

/** One column as manifest.json describes it. */
export interface CsvColumnSchema {
  /** The header field, as in the file: `id:ID`, `jobZone:long`, `emptyValues:IGNORE`. */
  header: string;
  /** What to call it in a data frame: the property key, or one of the RESERVED_NAMES. */
  name: string;
  /** `property`, or what neo4j-admin reads the column as. */
  role: 'id' | 'labels' | 'from' | 'type' | 'to' | 'property' | 'emptyValues';
  /**
   * The type of every value in the column, whatever the row: the header's suffix (`:ID`,
   * `:START_ID`, `:END_ID` and `:TYPE` are strings; `:LABEL` and emptyValues string arrays).
   */
  type: CsvType;
  /** Some row leaves it empty (no value). */
  nullable: boolean;
}

export interface CsvManifest {
  /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
  delimiter: ',';
  quote: '"';
  lineTerminator: '\n';
  encoding: 'utf-8';
  arrayDelimiter: typeof ARRAY_DELIMITER;
  /** The header of the column that names each row's empty values. */
  emptyValuesColumn: string;
  /** How a cell says what it holds, in words. */
  conventions: Record<'missing' | 'emptyValues' | 'arrays' | 'scalars', string>;
  nodes: { columns: CsvColumnSchema[] };
  edges: { columns: CsvColumnSchema[] };
}

/**
 * neo4j-admin ignores an `:IGNORE` column, and imports an empty field, `""` or not, in an
 * array column as no property at all: no cell text can tell it an empty array. This column
 * tells everyone else, including readers that never see quotes (pandas).
 */
const EMPTY_VALUES: CsvColumnSchema = { header: 'emptyValues:IGNORE', name: 'emptyValues', role: 'emptyValues', type: 'string[]', nullable: true };

const FIXED: Record<'nodes' | 'edges', CsvColumnSchema[]> = {
  nodes: [
    { header: 'id:ID', name: 'id', role: 'id', type: 'string', nullable: false },
    { header: ':LABEL', name: 'labels', role: 'labels', type: 'string[]', nullable: false },
  ],
  edges: [
    { header: ':START_ID', name: 'from', role: 'from', type: 'string', nullable: false },
    { header: ':TYPE', name: 'type', role: 'type', type: 'string', nullable: false },
    { header: ':END_ID', name: 'to', role: 'to', type: 'string', nullable: false },
  ],
};

/** Names a property should not have, or a reader naming columns by `name` would get two. */
export const RESERVED_NAMES: Record<'nodes' | 'edges', readonly string[]> = {
  nodes: [...FIXED.nodes, EMPTY_VALUES].map((c) => c.name),
  edges: [...FIXED.edges, EMPTY_VALUES].map((c) => c.name),
};

const CONVENTIONS: CsvManifest['conventions'] = {
  missing: 'An empty, unquoted field: the property is not set (neo4j-admin sets nothing).',
  emptyValues:
    'An empty string or an empty array is written "" and its key is listed in the row\'s emptyValues column, ' +
    'keys joined by the array delimiter. neo4j-admin ignores that column, imports "" in a string column as an ' +
    'empty string and drops an empty array (its import cannot store one).',
  arrays:
    'Elements joined by the array delimiter, without escapes, each written as in a column of its type; ' +
    'an element holding the delimiter, or an array of one empty string, is reported in warnings.',
  scalars:
    'string: the text, quoted when it holds a comma, quote or line break; long: a decimal integer; ' +
    'double: the shortest decimal that reads back to the same number (perhaps with an exponent: 1e-7); ' +
    'boolean: true or false.',
};

/** A file's columns in order: the neo4j-admin ones, the properties sorted by key, emptyValues last. */
export function csvColumnSchemas(what: 'nodes' | 'edges', properties: readonly CsvColumn[]): CsvColumnSchema[] {
  const props = properties.map((c): CsvColumnSchema => ({ header: `${c.key}:${c.type}`, name: c.key, role: 'property', type: c.type, nullable: c.nullable }));
  return [...FIXED[what], ...props, EMPTY_VALUES];
}

export function csvManifest(nodes: readonly CsvColumnSchema[], edges: readonly CsvColumnSchema[]): CsvManifest {
  return {
    delimiter: ',',
    quote: '"',
    lineTerminator: '\n',
    encoding: 'utf-8',
    arrayDelimiter: ARRAY_DELIMITER,
    emptyValuesColumn: EMPTY_VALUES.header,
    conventions: CONVENTIONS,
    nodes: { columns: [...nodes] },
    edges: { columns: [...edges] },
  };
}
