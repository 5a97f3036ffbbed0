import { getMetadataStorage, ObjectType, type ClassType } from 'type-graphql';
import { ConnectionType, EdgeType, type ConnectionData } from './connection';

/**
 * The node a connection lists: an object type class, or a union (whose TypeScript type
 * type-graphql gives as the union of its members).
 */
export type NodeRef<TNode extends object> = ClassType<TNode> | TNode;

export interface EdgeOptions {
  /** Names the types `${name}Edge` and `${name}Connection`; by default the node type's name. */
  name?: string;
  description?: string;
}

interface Declared {
  name: string;
  description?: string;
  edge: ClassType;
  connection: ClassType;
}

/** What connectionOf declared, by node then by edge fields (`null` for none). */
const declared = new Map<unknown, Map<unknown, Declared>>();
const declaredNames = new Set<string>();

/**
 * The connection of `node`, with `fields` (the relationship's properties) on its edges: a class
 * declared once per node and fields, so that every field listing the same thing returns the same
 * GraphQL type. `fields` must be an `@ObjectType({ simpleResolvers: true })` class of
 * `@Field`s: type-graphql inherits fields only from a decorated class, and resolves them as that
 * class says. Call it at load time (a type made while the schema builds is not in it).
 */
export function connectionOf<TNode extends object, TFields extends object = object>(
  node: NodeRef<TNode>,
  fields?: ClassType<TFields>,
  options: EdgeOptions = {},
): ClassType<ConnectionData<TNode, TFields>> {
  return declare(node, fields, options).connection as ClassType<ConnectionData<TNode, TFields>>;
}

/** The edge type of `connectionOf(node, fields, options)`. */
export function edgeOf<TNode extends object, TFields extends object = object>(
  node: NodeRef<TNode>,
  fields?: ClassType<TFields>,
  options: EdgeOptions = {},
): ClassType<ConnectionData<TNode, TFields>['edges'][number]> {
  return declare(node, fields, options).edge as ClassType<ConnectionData<TNode, TFields>['edges'][number]>;
}

function declare(node: unknown, fields: ClassType | undefined, options: EdgeOptions): Declared {
  const name = options.name ?? objectTypeName(node);
  const byFields = declared.get(node) ?? new Map<unknown, Declared>();
  declared.set(node, byFields);
  const same = byFields.get(fields ?? null);
  if (same) {
    if (same.name !== name || (options.description !== undefined && options.description !== same.description)) {
      throw new Error(`${same.name}Connection is declared again as ${name}Connection, or with another description`);
    }
    return same;
  }
  if (declaredNames.has(name)) throw new Error(`${name}Edge is declared twice, with different edge fields`);
  if (fields && !getMetadataStorage().objectTypes.some((t) => t.target === fields && t.simpleResolvers === true)) {
    throw new Error(`${fields.name}: edge fields must be an @ObjectType({ simpleResolvers: true }) class`);
  }
  const nodeType = () => node as ClassType;

  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: options.description })
  class EdgeClass extends EdgeType(nodeType, fields) {}

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass extends ConnectionType(EdgeClass, nodeType) {}

  const made: Declared = { name, description: options.description, edge: EdgeClass, connection: ConnectionClass };
  byFields.set(fields ?? null, made);
  declaredNames.add(name);
  return made;
}

/** The GraphQL name an object type class was declared with. */
function objectTypeName(type: unknown): string {
  const name = getMetadataStorage().objectTypes.find((t) => t.target === type)?.name;
  if (!name) throw new Error('connectionOf: the node is not an object type class; name it with `options.name`');
  return name;
}
