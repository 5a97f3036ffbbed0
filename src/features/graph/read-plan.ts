import { getArgumentValues } from 'graphql/execution/values';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { relationshipField, type FieldArgs, type RelationshipField } from './relationship-fields';

/** A relationship field the selection walks, with its arguments, and what it selects on the nodes it reaches. */
export interface PlannedField {
  spec: RelationshipField;
  args: FieldArgs;
  children: PlannedField[];
  /**
   * The node properties the selection reads on the nodes it reaches (beside `id` and the
   * label), or undefined for all of them: a field whose resolver is graphql-js's default one
   * reads the property of its own name; any other field (computed, like `Occupation.dataCoverage`)
   * may read any property, so selecting one asks for all.
   */
  props?: readonly string[];
  /** Whether the selection reads the list's `totalCount` (a `one` field has none). */
  total?: boolean;
  /** The relationship properties the selection reads on the list's edges, as `props` says of nodes (a `one` field reads none). */
  edgeProps?: readonly string[];
}

/** What a selection reads on the nodes it reaches: relationship fields, and properties (null: all). */
interface NodeSelection {
  fields: PlannedField[];
  props: Set<string> | null;
  /** What it reads on the edges of a list (null: all). */
  edgeProps: Set<string> | null;
}

/**
 * The relationship fields (RELATIONSHIP_FIELDS) a root field's selection walks, through
 * fragments, inline fragments and aliases, with arguments read from the variables: what
 * GraphService.prefetch reads in one store call. Fields it does not know (computed ones) are
 * left out, so their resolvers read as they would anyway; so is a field whose arguments
 * cannot be read (its resolver reports them).
 */
export function planSelection(info: GraphQLResolveInfo): readonly PlannedField[] {
  return planOf(info).fields;
}

/**
 * The properties a root field's selection reads on the node it returns (beside `id` and the
 * label), or undefined for all of them (a computed field is selected): by planField's rule.
 */
export function planRootProps(info: GraphQLResolveInfo): readonly string[] | undefined {
  return planOf(info).props;
}

/**
 * The properties the selection of this field reads, under its sub-field `field`, on the node that
 * sub-field returns (beside `id` and the label), or undefined for all of them, by planField's
 * rule: `skillsToAdd { skill { id name } }` reads `name` only. Made once per field node.
 */
export function subFieldProps(info: GraphQLResolveInfo, field: string): readonly string[] | undefined {
  const cached = info.fieldNodes.length === 1 ? subProps.get(info.fieldNodes[0])?.get(field) : undefined;
  if (cached) return cached.props;
  const parent = getNamedType(info.returnType);
  const definition = isObjectType(parent) ? parent.getFields()[field] : undefined;
  const selection: NodeSelection = { fields: [], props: new Set(), edgeProps: new Set() };
  const types = concreteTypes(info, definition ? getNamedType(definition.type) : undefined);
  for (const node of info.fieldNodes) for (const sub of subFields(info, node.selectionSet, field)) planNodes(info, types, sub.selectionSet, selection);
  const props = selection.props ? [...selection.props].filter((p) => p !== 'id').sort() : undefined;
  if (info.fieldNodes.length === 1) {
    let byField = subProps.get(info.fieldNodes[0]);
    if (!byField) subProps.set(info.fieldNodes[0], (byField = new Map()));
    byField.set(field, { props });
  }
  return props;
}

const subProps = new WeakMap<FieldNode, Map<string, { props: readonly string[] | undefined }>>();

/** A root field's plan: the relationship fields it walks, and the properties it reads on the root. */
interface SelectionPlan {
  fields: readonly PlannedField[];
  props: readonly string[] | undefined;
}

function planOf(info: GraphQLResolveInfo): SelectionPlan {
  if (info.fieldNodes.length !== 1) return planFresh(info);
  let bySchema = plans.get(info.schema);
  if (!bySchema) plans.set(info.schema, (bySchema = new WeakMap()));
  let byVariables = bySchema.get(info.fieldNodes[0]);
  if (!byVariables) bySchema.set(info.fieldNodes[0], (byVariables = new Map()));
  const key = JSON.stringify(info.variableValues);
  let plan = byVariables.get(key);
  if (!plan) {
    plan = planFresh(info);
    if (byVariables.size >= MAX_VARIABLE_SETS) byVariables.clear();
    byVariables.set(key, plan);
  }
  return plan;
}

/**
 * Plans made, by schema, then by the root field's node (Apollo keeps one parsed document per
 * query text, so a repeated query meets the same nodes), then by the variables: a client
 * repeating a query has it planned once. Plans are never changed once made.
 */
const plans = new WeakMap<GraphQLSchema, WeakMap<FieldNode, Map<string, SelectionPlan>>>();

/** Variable sets whose plans are kept per root field node; past it they are dropped together. */
const MAX_VARIABLE_SETS = 32;

function planFresh(info: GraphQLResolveInfo): SelectionPlan {
  const selection: NodeSelection = { fields: [], props: new Set(), edgeProps: new Set() };
  const types = concreteTypes(info, getNamedType(info.returnType));
  for (const node of info.fieldNodes) planNodes(info, types, node.selectionSet, selection);
  return { fields: selection.fields, props: selection.props ? [...selection.props].sort() : undefined };
}

/** Adds what is selected on nodes that may be any of `types` to `into`. */
function planNodes(info: GraphQLResolveInfo, types: readonly GraphQLObjectType[], set: SelectionSetNode | undefined, into: NodeSelection): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      planField(info, types, selection, into);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : undefined;
    const narrowed = condition ? types.filter((t) => concreteTypes(info, condition).includes(t)) : types;
    planNodes(info, narrowed, fragment.selectionSet, into);
  }
}

/**
 * The field on each type: a relationship field (the same walk with the same arguments once), or
 * a property it reads.
 */
function planField(info: GraphQLResolveInfo, types: readonly GraphQLObjectType[], node: FieldNode, into: NodeSelection): void {
  const planned = new Map<string, PlannedField>();
  for (const type of types) {
    const definition = type.getFields()[node.name.value];
    if (!definition) continue;
    const spec = relationshipField(`${type.name}.${definition.name}`);
    if (!spec) {
      // The default resolver reads the property named as the field (the schema's name, not
      // client text); any other resolver may read any property.
      if (definition.resolve === undefined) into.props?.add(definition.name);
      else into.props = null;
      continue;
    }
    let args: FieldArgs;
    try {
      args = getArgumentValues(definition, node, info.variableValues) as FieldArgs;
    } catch {
      continue;
    }
    const key = JSON.stringify([spec.relation, spec.one ?? false, args]);
    if (planned.has(key)) continue;
    const target = getNamedType(definition.type);
    const below: NodeSelection = { fields: [], props: new Set(), edgeProps: new Set() };
    if (spec.one) planNodes(info, concreteTypes(info, target), node.selectionSet, below);
    else planConnection(info, target, node.selectionSet, below);
    const total = !spec.one && subFields(info, node.selectionSet, 'totalCount').length > 0;
    const edgeProps = spec.one ? [] : below.edgeProps ? [...below.edgeProps].sort() : undefined;
    planned.set(key, { spec, args, children: below.fields, props: below.props ? [...below.props].sort() : undefined, total, edgeProps });
  }
  into.fields.push(...planned.values());
}

/** Under a connection: what `nodes { ... }` and `edges { node { ... } }` select. */
function planConnection(info: GraphQLResolveInfo, connection: GraphQLNamedType, set: SelectionSetNode | undefined, into: NodeSelection): void {
  if (!isObjectType(connection)) return;
  const nodesField = connection.getFields().nodes;
  const edgesField = connection.getFields().edges;
  if (!nodesField || !edgesField) return;
  const nodeTypes = concreteTypes(info, getNamedType(nodesField.type));
  for (const nodes of subFields(info, set, 'nodes')) planNodes(info, nodeTypes, nodes.selectionSet, into);
  const edgeType = getNamedType(edgesField.type);
  for (const edges of subFields(info, set, 'edges')) {
    for (const node of subFields(info, edges.selectionSet, 'node')) planNodes(info, nodeTypes, node.selectionSet, into);
    if (isObjectType(edgeType)) planEdge(info, edgeType, edges.selectionSet, into);
  }
}

/** The relationship properties read on a list's edges: fields other than `node` and `cursor`, by the rule of planField. */
function planEdge(info: GraphQLResolveInfo, edgeType: GraphQLObjectType, set: SelectionSetNode | undefined, into: NodeSelection): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (fragment) planEdge(info, edgeType, fragment.selectionSet, into);
      continue;
    }
    const definition = edgeType.getFields()[selection.name.value];
    if (!definition || definition.name === 'node' || definition.name === 'cursor') continue;
    if (definition.resolve === undefined) into.edgeProps?.add(definition.name);
    else into.edgeProps = null;
  }
}

/** The fields named `name` in a selection on an object type, through its fragments. */
function subFields(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) found.push(selection);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    if (fragment) found.push(...subFields(info, fragment.selectionSet, name));
  }
  return found;
}

function concreteTypes(info: GraphQLResolveInfo, type: GraphQLNamedType | null | undefined): GraphQLObjectType[] {
  if (!type) return [];
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return [...info.schema.getPossibleTypes(type)];
  return [];
}
