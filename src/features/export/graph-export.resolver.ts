import { Arg, Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { NodeLabel, RelType } from '../../model/graph';
import type { RequestContext } from '../common/request-context';
import { NodeType } from '../profile/enums';
import { ExportEdgeConnection } from './export-edge-connection.type';
import { ExportNodeConnection } from './export-node-connection.type';
import { ExportPageArgs } from './export-page.args';
import { GraphCountsType } from './graph-counts.type';
import { GraphExport } from './graph-export.type';
import { GraphExportService } from './graph-export.service';
import { RelationshipType } from './relationship-type';

@Resolver(() => GraphExport)
export class GraphExportResolver {
  @Query(() => GraphExport, { description: 'The whole graph as nodes and relationships with stable ids, for mirroring (README "Export").' })
  graphExport(): object {
    return {};
  }

  @FieldResolver(() => ExportNodeConnection)
  nodes(
    @Args() args: ExportPageArgs,
    @Arg('labels', () => [NodeType], { nullable: true, description: 'Only these labels (default: all).' }) labels: NodeLabel[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    return new GraphExportService(ctx.graph).nodes(args, labels);
  }

  @FieldResolver(() => ExportEdgeConnection)
  edges(
    @Args() args: ExportPageArgs,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types (default: all).' }) types: RelType[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    return new GraphExportService(ctx.graph).edges(args, types);
  }

  @FieldResolver(() => GraphCountsType)
  counts(@Ctx() ctx: RequestContext): Promise<GraphCountsType> {
    return new GraphExportService(ctx.graph).counts();
  }
}
