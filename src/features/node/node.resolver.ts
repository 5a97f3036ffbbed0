import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { NodeInterface } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any node by its id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(id);
  }
}
