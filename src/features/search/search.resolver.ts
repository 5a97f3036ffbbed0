import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { NodeConnection } from './node-connection.type';
import { SearchArgs } from './search.args';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  @Query(() => NodeConnection, { description: 'Nodes whose names match every word; exact and prefix matches first.' })
  search(@Args({ validate: { forbidUnknownValues: false } }) args: SearchArgs, @Ctx() ctx: RequestContext) {
    return new SearchService(ctx.graph).search(args);
  }
}
