import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { ExportEdgeConnection } from './export-edge-connection.type';
import { GraphExportService } from './graph-export.service';

/** totalCount on the export's relationship pages: from the store's counts, only when a client asks. */
@Resolver(() => ExportEdgeConnection)
export class ExportEdgeConnectionResolver {
  @FieldResolver(() => Int, { description: 'Relationships matching the filter, across all pages.' })
  totalCount(@Root() c: ExportEdgeConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return new GraphExportService(ctx.graph).edgeCount(c.filter);
  }
}
