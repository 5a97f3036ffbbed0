import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { NodeInterface } from '../node/node.interface';
import { ExplanationPath } from './score-component.type';

@Resolver(() => ExplanationPath)
export class ExplanationPathResolver {
  @FieldResolver(() => [NodeInterface], { description: "The path's nodes, from the candidate (or your occupation) on." })
  async nodes(@Root() p: ExplanationPath, @Ctx() ctx: RequestContext) {
    return Promise.all(p.nodeIds.map((id) => ctx.graph.node(id)));
  }
}
