import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Occupation } from '../profile/occupation.type';
import { SimilarOccupationConnection } from './similar-occupation.type';

@Resolver(() => SimilarOccupationConnection)
export class SimilarOccupationConnectionResolver {
  @FieldResolver(() => [Occupation], { description: "The edges' nodes, for clients that need no edge data." })
  nodes(@Root() c: SimilarOccupationConnection, @Ctx() ctx: RequestContext) {
    return Promise.all(c.edges.map((e) => ctx.graph.node(e.occupationId)));
  }
}
