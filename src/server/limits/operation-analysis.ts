import {
  getNamedType,
  getNullableType,
  GraphQLInt,
  GraphQLString,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { searchWords } from '../../model/search-text';
import { DEFAULT_LIST_SIZE, DEFAULT_PAGE, FIELD_WEIGHTS, LIST_SIZES, PAGE_SIZES, SHORT_SEARCH_WEIGHTS } from './cost-model';

/** What an operation asks for, fragments and aliases expanded. */
export interface OperationAnalysis {
  /** Nested selections; inside introspection (`__schema`, `__type`) only the first level counts. */
  depth: number;
  /** Type lists (`fields`, `interfaces` ...) nested in one introspection path (1 in the playground's query). */
  introspectionDepth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  /** Fields once every fragment spread is expanded. */
  fields: number;
  /** Estimated store work (cost-model.ts). */
  cost: number;
}

/** Nesting beyond this (fields, inline fragments and spreads together) is rejected unwalked. */
const MAX_NESTING = 64;

interface Totals {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  directives: number;
  topFields: number;
  fields: number;
  cost: number;
}

const ZERO: Totals = Object.freeze({ depth: 0, introspectionDepth: 0, aliases: 0, directives: 0, topFields: 0, fields: 0, cost: 0 });
const IN_PROGRESS = Symbol('in progress');

/** Introspection types (`__Schema`, `__Type` ...) are answered from the schema in memory. */
const isIntrospectionType = (name: string) => name.startsWith('__');

/**
 * The lists of a type that lead back to types: nesting two of them (`fields { type { fields`)
 * multiplies the schema by itself, so introspection allows one per path.
 */
const TYPE_LISTS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues']);

/**
 * One walk of the operation, in time linear in the document's size: each named fragment is
 * analysed once and its totals reused at every spread (cost is linear in the list sizes above
 * it, so a fragment's cost is a number its spreads multiply); a fragment met again while it
 * is being analysed is a cycle, counted as nothing (validation reports the cycle). Variables
 * give the list sizes of `first: $n`.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Totals | typeof IN_PROGRESS>();

  const fragment = (name: string, nesting: number): Totals => {
    const known = memo.get(name);
    if (known === IN_PROGRESS) return ZERO;
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return ZERO;
    memo.set(name, IN_PROGRESS);
    const totals = selectionSet(def.selectionSet, schema.getType(def.typeCondition.name.value), nesting);
    memo.set(name, totals);
    return totals;
  };

  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined | null, nesting: number): Totals => {
    if (nesting > MAX_NESTING) throw new TooDeep();
    const t = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0, topFields: 0, fields: 0, cost: 0 };
    const introspecting = !!parent && isIntrospectionType(parent.name);
    const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
    for (const selection of set.selections) {
      t.directives += selection.directives?.length ?? 0;
      let sub: Totals;
      if (selection.kind === Kind.FIELD) {
        t.topFields++;
        t.fields++;
        if (selection.alias) t.aliases++;
        const def = fieldDefinition(selection.name.value, fields, parent === root);
        const type = def ? getNamedType(def.type) : undefined;
        const child = selection.selectionSet ? selectionSet(selection.selectionSet, type, nesting + 1) : ZERO;
        if (selection.selectionSet) t.depth = Math.max(t.depth, (introspecting ? 0 : 1) + child.depth);
        const typeList = introspecting && TYPE_LISTS.has(selection.name.value) ? 1 : 0;
        t.introspectionDepth = Math.max(t.introspectionDepth, typeList + child.introspectionDepth);
        t.aliases += child.aliases;
        t.directives += child.directives;
        t.fields += child.fields;
        if (def && parent && !introspecting) t.cost += fieldCost(parent.name, def, selection, variables, child.cost);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        sub = selectionSet(selection.selectionSet, type, nesting + 1);
      } else {
        sub = fragment(selection.name.value, nesting + 1);
      }
      t.depth = Math.max(t.depth, sub.depth);
      t.introspectionDepth = Math.max(t.introspectionDepth, sub.introspectionDepth);
      t.aliases += sub.aliases;
      t.directives += sub.directives;
      t.topFields += sub.topFields;
      t.fields += sub.fields;
      t.cost += sub.cost;
    }
    return t;
  };

  const root = schema.getRootType(operation.operation);
  try {
    const t = selectionSet(operation.selectionSet, root, 0);
    return {
      depth: t.depth,
      introspectionDepth: t.introspectionDepth,
      aliases: t.aliases,
      rootFields: t.topFields,
      fields: t.fields,
      directives: t.directives + (operation.directives?.length ?? 0),
      cost: t.cost,
    };
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { depth: Infinity, introspectionDepth: 0, aliases: 0, rootFields: 0, fields: Infinity, directives: 0, cost: Infinity };
  }
}

class TooDeep extends Error {}

/** A field's definition, the meta fields included (`__typename` anywhere, `__schema` and `__type` at the root). */
function fieldDefinition(
  name: string,
  fields: Record<string, GraphQLField<unknown, unknown>> | undefined,
  atRoot: boolean,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (atRoot && name === '__schema') return SchemaMetaFieldDef;
  if (atRoot && name === '__type') return TypeMetaFieldDef;
  return fields?.[name];
}

/** The field's weight plus its selection's cost times its list size. */
function fieldCost(parent: string, def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, childCost: number): number {
  const coordinate = `${parent}.${def.name}`;
  const composite = isCompositeType(getNamedType(def.type));
  const weight = coordinate === 'Query.search' ? searchWeight(node, variables) : (FIELD_WEIGHTS[coordinate] ?? (composite ? 1 : 0));
  return weight + (childCost === 0 ? 0 : listSize(coordinate, def, node, variables) * childCost);
}

/** A search's weight by its shortest word (SHORT_SEARCH_WEIGHTS); unknown text counts as one letter. */
function searchWeight(node: FieldNode, variables: Record<string, unknown>): number {
  const given = node.arguments?.find((a) => a.name.value === 'text');
  const text = given ? valueFromAST(given.value, GraphQLString, variables) : undefined;
  const shortest = typeof text === 'string' ? Math.min(...searchWords(text).map((w) => w.length)) : 1;
  return SHORT_SEARCH_WEIGHTS[shortest] ?? FIELD_WEIGHTS['Query.search'];
}

function listSize(coordinate: string, def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  const first = def.args.find((a) => a.name === 'first');
  if (first) {
    const [fallback, max] = PAGE_SIZES[coordinate] ?? [typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE[0], DEFAULT_PAGE[1]];
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const value = given ? valueFromAST(given.value, GraphQLInt, variables) : undefined;
    // An invalid `first` fails at execution anyway; estimate it at the largest page.
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : given ? max : fallback;
  }
  if (!isListType(getNullableType(def.type))) return 1;
  if (coordinate.endsWith('.edges') || coordinate.endsWith('.nodes')) {
    if (coordinate.split('.')[0].endsWith('Connection')) return 1;
  }
  return LIST_SIZES[coordinate] ?? DEFAULT_LIST_SIZE;
}
