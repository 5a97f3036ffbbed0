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
  type SelectionSetNode,
} from 'graphql';
import { relationshipField, type FieldArgs, type RelationshipField } from './relationship-fields';

/** A relationship field the selection walks, with its arguments, and what it selects on the nodes it reaches. */
export interface PlannedField {
  spec: RelationshipField;
  args: FieldArgs;
  children: PlannedField[];
}

/**
 * The relationship fields (RELATIONSHIP_FIELDS) a root field's selection walks, through
 * fragments, inline fragments and aliases, with arguments read from the variables: what
 * GraphService.prefetch reads in one store call. Fields it does not know (computed ones) are
 * left out, so their resolvers read as they would anyway; so is a field whose arguments
 * cannot be read (its resolver reports them).
 */
export function planSelection(info: GraphQLResolveInfo): PlannedField[] {
  const fields: PlannedField[] = [];
  const types = concreteTypes(info, getNamedType(info.returnType));
  for (const node of info.fieldNodes) fields.push(...planNodes(info, types, node.selectionSet));
  return fields;
}

/** Fields selected on nodes that may be any of `types`. */
function planNodes(info: GraphQLResolveInfo, types: readonly GraphQLObjectType[], set: SelectionSetNode | undefined): PlannedField[] {
  const planned: PlannedField[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      planned.push(...planField(info, types, selection));
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : undefined;
    const narrowed = condition ? types.filter((t) => concreteTypes(info, condition).includes(t)) : types;
    planned.push(...planNodes(info, narrowed, fragment.selectionSet));
  }
  return planned;
}

/** The field on each type that has it as a relationship field; the same walk with the same arguments once. */
function planField(info: GraphQLResolveInfo, types: readonly GraphQLObjectType[], node: FieldNode): PlannedField[] {
  const planned = new Map<string, PlannedField>();
  for (const type of types) {
    const spec = relationshipField(`${type.name}.${node.name.value}`);
    const definition = type.getFields()[node.name.value];
    if (!spec || !definition) continue;
    let args: FieldArgs;
    try {
      args = getArgumentValues(definition, node, info.variableValues) as FieldArgs;
    } catch {
      continue;
    }
    const key = JSON.stringify([spec.relation, spec.one ?? false, args]);
    if (planned.has(key)) continue;
    const target = getNamedType(definition.type);
    const children = spec.one ? planNodes(info, concreteTypes(info, target), node.selectionSet) : planConnection(info, target, node.selectionSet);
    planned.set(key, { spec, args, children });
  }
  return [...planned.values()];
}

/** Under a connection: what `nodes { ... }` and `edges { node { ... } }` select. */
function planConnection(info: GraphQLResolveInfo, connection: GraphQLNamedType, set: SelectionSetNode | undefined): PlannedField[] {
  if (!isObjectType(connection)) return [];
  const nodesField = connection.getFields().nodes;
  const edgesField = connection.getFields().edges;
  if (!nodesField || !edgesField) return [];
  const nodeTypes = concreteTypes(info, getNamedType(nodesField.type));
  const planned: PlannedField[] = [];
  for (const nodes of subFields(info, set, 'nodes')) planned.push(...planNodes(info, nodeTypes, nodes.selectionSet));
  for (const edges of subFields(info, set, 'edges')) {
    for (const node of subFields(info, edges.selectionSet, 'node')) planned.push(...planNodes(info, nodeTypes, node.selectionSet));
  }
  return planned;
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
