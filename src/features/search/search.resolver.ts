import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { SearchArgs } from './search.args';
import { SearchService } from './search.service';

@ObjectType('NodeEdge', { simpleResolvers: true })
export class NodeEdge extends EdgeType(() => NodeInterface) {}

@ObjectType('NodeConnection', { simpleResolvers: true })
export class NodeConnection extends ConnectionType(NodeEdge, () => NodeInterface) {}

@Resolver()
export class SearchResolver {
  @Query(() => NodeConnection, { description: 'Nodes whose names match every word; exact and prefix matches first.' })
  search(@Args({ validate: { forbidUnknownValues: false } }) args: SearchArgs, @Ctx() ctx: RequestContext) {
    return new SearchService(ctx.graph).search(args);
  }
}
