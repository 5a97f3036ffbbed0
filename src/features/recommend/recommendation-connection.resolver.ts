import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { NodeInterface } from '../node/node.interface';
import { RecommendationConnection } from './recommendation-connection.type';

@Resolver(() => RecommendationConnection)
export class RecommendationConnectionResolver {
  @FieldResolver(() => [NodeInterface], { description: "The edges' nodes, for clients that need no edge data." })
  nodes(@Root() c: RecommendationConnection, @Ctx() ctx: RequestContext) {
    return Promise.all(c.edges.map((e) => ctx.graph.node(e.candidateId)));
  }
}
