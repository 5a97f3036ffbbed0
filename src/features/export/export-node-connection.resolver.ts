import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { ExportNodeConnection } from './export-node-connection.type';
import { GraphExportService } from './graph-export.service';

/** totalCount on the export's node pages: from the store's counts, only when a client asks. */
@Resolver(() => ExportNodeConnection)
export class ExportNodeConnectionResolver {
  @FieldResolver(() => Int, { description: 'Nodes matching the filter, across all pages.' })
  totalCount(@Root() c: ExportNodeConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return new GraphExportService(ctx.graph).nodeCount(c.filter);
  }
}
