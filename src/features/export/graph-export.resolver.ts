import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { edgeKey, REL_TYPES, type GraphEdge, type GraphNode, type NodeLabel, type RelType } from '../../model/graph';
import type { RequestContext } from '../common/request-context';
import { BadUserInputError } from '../../shared/errors';
import { PageInfo, toConnection } from '../common/connection';
import { cursorScope } from '../common/cursor';
import { pageRequest } from '../common/pagination';
import { NodeType } from '../profile/enums';

export const RelationshipType = Object.fromEntries(REL_TYPES.map((t) => [t, t])) as { [T in RelType]: T };
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Kinds of relationship in the graph.' });

export const EXPORT_DEFAULT_PAGE = 100;
export const EXPORT_MAX_PAGE = 1000;

@ObjectType('ExportNode', { simpleResolvers: true, description: 'A node as stored: id, label and every property (search fields, derived at load, left out).' })
class ExportNode {
  @Field(() => ID, {
    description: '`node|` and the node\'s id: unique across all types, so that client caches keyed by id (Relay, Apollo) keep the export\'s rows apart from the nodes they copy.',
  })
  id!: string;

  @Field(() => ID, { description: 'The node\'s own id (as `node(id:)` takes it, and as ExportEdge `from` and `to` name it).' })
  nodeId!: string;

  @Field(() => NodeType)
  label!: string;

  @Field(() => GraphQLJSONObject)
  properties!: object;
}

@ObjectType('ExportEdge', { simpleResolvers: true, description: 'A relationship as stored. Relationships are unique per (type, from, to), so that is its id.' })
class ExportEdge {
  @Field(() => ID, { description: '`type|from|to`: stable across loads and exports, and unique across all types.' })
  id!: string;

  @Field(() => RelationshipType)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => GraphQLJSONObject)
  properties!: object;
}

@ObjectType('ExportNodeEdge', { simpleResolvers: true })
class ExportNodeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ExportNode)
  node!: ExportNode;
}

@ObjectType('ExportEdgeEdge', { simpleResolvers: true })
class ExportEdgeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ExportEdge)
  node!: ExportEdge;
}

/** Filters kept on the connection, for `totalCount` (computed only when asked for). */
interface Filtered {
  filter: readonly string[];
}

@ObjectType('ExportNodeConnection', { simpleResolvers: true, description: 'Nodes in id order; keyset pages (a page costs the same wherever it starts).' })
class ExportNodeConnection {
  @Field(() => [ExportNodeEdge])
  edges!: ExportNodeEdge[];

  @Field(() => [ExportNode])
  nodes!: ExportNode[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: readonly string[];
}

@ObjectType('ExportEdgeConnection', { simpleResolvers: true, description: 'Relationships in (from, type, to) order; keyset pages.' })
class ExportEdgeConnection {
  @Field(() => [ExportEdgeEdge])
  edges!: ExportEdgeEdge[];

  @Field(() => [ExportEdge])
  nodes!: ExportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: readonly string[];
}

@ObjectType('GraphExport', { description: 'The whole graph, for consumers that mirror it: page through `nodes` and `edges`.' })
class GraphExport {}

@ArgsType()
class ExportPageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${EXPORT_MAX_PAGE} (default ${EXPORT_DEFAULT_PAGE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (from the same filter).' })
  after?: string;
}

@ObjectType('LabelCount', { simpleResolvers: true })
class LabelCount {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('GraphCounts', { simpleResolvers: true, description: 'What a complete mirror must hold.' })
class GraphCountsType {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  edges!: number;

  @Field(() => [LabelCount], { description: 'Nodes per label, by label.' })
  byLabel!: LabelCount[];

  @Field(() => [LabelCount], { description: 'Relationships per type, by type.' })
  byType!: LabelCount[];
}

@Resolver(() => GraphExport)
export class GraphExportResolver {
  @Query(() => GraphExport, { description: 'The whole graph as nodes and relationships with stable ids, for mirroring (README "Export").' })
  graphExport(): object {
    return {};
  }

  @FieldResolver(() => ExportNodeConnection)
  async nodes(
    @Args() args: ExportPageArgs,
    @Arg('labels', () => [NodeType], { nullable: true, description: 'Only these labels (default: all).' }) labels: NodeLabel[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    const filter = [...new Set(labels ?? [])].sort();
    const scope = cursorScope('graphExport.nodes', filter);
    const request = pageRequest(args, scope, EXPORT_MAX_PAGE, EXPORT_DEFAULT_PAGE);
    const after = request.after === null ? null : String(request.after[0]);
    // One more than asked tells whether another page follows.
    const rows = await ctx.graph.exportNodes({ labels: filter as NodeLabel[], after, limit: request.limit + 1 });
    const page = rows.slice(0, request.limit).map((n) => ({ node: exportNode(n), edge: {}, key: [n.id] }));
    return { ...toConnection(page, { total: 0, hasMore: rows.length > request.limit, after: request.after, scope }), filter };
  }

  @FieldResolver(() => ExportEdgeConnection)
  async edges(
    @Args() args: ExportPageArgs,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types (default: all).' }) types: RelType[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    const filter = [...new Set(types ?? [])].sort();
    const scope = cursorScope('graphExport.edges', filter);
    const request = pageRequest(args, scope, EXPORT_MAX_PAGE, EXPORT_DEFAULT_PAGE);
    let after: { from: string; type: RelType; to: string } | null = null;
    if (request.after !== null) {
      const [from, type, to] = request.after.map(String);
      if (!(REL_TYPES as readonly string[]).includes(type)) throw new BadUserInputError('after', 'is not a cursor returned by this API');
      after = { from, type: type as RelType, to };
    }
    const rows = await ctx.graph.exportEdges({ types: filter as RelType[], after, limit: request.limit + 1 });
    const page = rows.slice(0, request.limit).map((e) => ({ node: exportEdge(e), edge: {}, key: [e.from, e.type, e.to] }));
    return { ...toConnection(page, { total: 0, hasMore: rows.length > request.limit, after: request.after, scope }), filter };
  }

  @FieldResolver(() => GraphCountsType)
  async counts(@Ctx() ctx: RequestContext): Promise<GraphCountsType> {
    const c = await ctx.graph.counts();
    const list = (o: Record<string, number>) => Object.keys(o).sort().map((key) => ({ key, count: o[key] }));
    return { nodes: c.nodes, edges: c.edges, byLabel: list(c.byLabel), byType: list(c.byType) };
  }
}

/** totalCount on the export connections: from the store's counts, only when a client asks. */
@Resolver(() => ExportNodeConnection)
export class ExportNodeConnectionResolver {
  @FieldResolver(() => Int, { description: 'Nodes matching the filter, across all pages.' })
  async totalCount(@Root() c: Filtered, @Ctx() ctx: RequestContext): Promise<number> {
    return filteredCount((await ctx.graph.counts()).byLabel, c.filter);
  }
}

@Resolver(() => ExportEdgeConnection)
export class ExportEdgeConnectionResolver {
  @FieldResolver(() => Int, { description: 'Relationships matching the filter, across all pages.' })
  async totalCount(@Root() c: Filtered, @Ctx() ctx: RequestContext): Promise<number> {
    return filteredCount((await ctx.graph.counts()).byType, c.filter);
  }
}

function filteredCount(counts: Record<string, number>, filter: readonly string[]): number {
  const keys = filter.length > 0 ? filter : Object.keys(counts);
  return keys.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
}

function exportNode(n: GraphNode): ExportNode {
  return { id: `node|${n.id}`, nodeId: n.id, label: n.label, properties: n.props };
}

function exportEdge(e: GraphEdge): ExportEdge {
  return { id: edgeKey(e), type: e.type, from: e.from, to: e.to, properties: e.props };
}

