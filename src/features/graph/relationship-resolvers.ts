import { isObjectType, type GraphQLSchema } from 'graphql';
import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { Entity } from './entity';
import { RELATIONSHIP_FIELDS, type FieldArgs, type RelationshipField, type RelationshipFieldName } from './relationship-fields';

/**
 * The resolvers of every relationship field (RELATIONSHIP_FIELDS): one @Resolver class per node
 * type that has any, with one @FieldResolver per field, typed, described and given arguments as
 * the table says. So the schema, the resolvers and the read planner (which reads the same
 * table) agree by construction. `nodeTypes` are the node type classes by GraphQL name.
 */
export function relationshipResolvers(nodeTypes: Readonly<Record<string, ClassType>>): ClassType[] {
  const fieldsByType = new Map<string, RelationshipFieldName[]>();
  for (const name of Object.keys(RELATIONSHIP_FIELDS) as RelationshipFieldName[]) {
    const typeName = name.slice(0, name.indexOf('.'));
    fieldsByType.set(typeName, [...(fieldsByType.get(typeName) ?? []), name]);
  }
  return [...fieldsByType].map(([typeName, names]) => {
    const nodeType = nodeTypes[typeName];
    if (!nodeType) throw new Error(`RELATIONSHIP_FIELDS lists ${names[0]}, but ${typeName} is no node type`);
    return resolverOf(typeName, nodeType, names);
  });
}

function resolverOf(typeName: string, nodeType: ClassType, names: readonly RelationshipFieldName[]): ClassType {
  @Resolver(() => nodeType)
  class RelationshipResolver {}
  Object.defineProperty(RelationshipResolver, 'name', { value: `${typeName}RelationshipResolver` });
  for (const name of names) addFieldResolver(RelationshipResolver.prototype, name);
  return RelationshipResolver;
}

/**
 * `field(root, ctx, args)`, decorated as a hand-written one would be:
 *   @FieldResolver(() => Type, { nullable, description }) field(@Root() root, @Ctx() ctx, @Args() args)
 */
function addFieldResolver(prototype: object, name: RelationshipFieldName): void {
  const field = name.slice(name.indexOf('.') + 1);
  const spec: RelationshipField = RELATIONSHIP_FIELDS[name];
  // Evaluated now, while the resolvers are made: a connection class connectionOf made later,
  // while the schema builds, would be missing from it.
  const type = spec.type();
  const descriptor: PropertyDescriptor = {
    value: (root: Entity, ctx: RequestContext, args?: FieldArgs) => ctx.graph.field(name, root.id, args),
    writable: true,
    configurable: true,
  };
  Object.defineProperty(prototype, field, descriptor);
  Root()(prototype, field, 0);
  Ctx()(prototype, field, 1);
  const args = spec.args; // a list's (`one` fields take none)
  if (args) Args(() => args)(prototype, field, 2);
  const options = spec.one ? { nullable: true, description: spec.description } : { description: spec.description };
  FieldResolver(() => type, options)(prototype, field, descriptor);
}

/**
 * Swaps type-graphql's wrapper of every relationship field's resolver in the built schema for the
 * plain call it wraps. The wrapper builds, per call, a resolver data object, a class instance of
 * the parent (`@Root`) and of the arguments (`@Args`), and runs the (empty) middleware chain: a
 * full profile makes ~1,500 such calls, about 8% of its execution (bench/RESULTS.md). The
 * arguments graphql-js coerced are what the class instance would hold (scalars and enum lists;
 * nested arguments are not validated, see createSchema), so the answer is the same.
 */
export function plainRelationshipResolvers(schema: GraphQLSchema): void {
  for (const name of Object.keys(RELATIONSHIP_FIELDS) as RelationshipFieldName[]) {
    const typeName = name.slice(0, name.indexOf('.'));
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[name.slice(name.indexOf('.') + 1)] : undefined;
    if (!field) throw new Error(`RELATIONSHIP_FIELDS lists ${name}, which the schema does not have`);
    field.resolve = (root: Entity, args: FieldArgs, ctx: RequestContext) => ctx.graph.field(name, root.id, args);
  }
}
