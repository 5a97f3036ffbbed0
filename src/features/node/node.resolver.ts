import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { planRootProps, planSelection } from '../graph/read-plan';
import { NodeInterface } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any node by its id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return ctx.graph.prefetch(id, planSelection(info), planRootProps(info));
  }
}
