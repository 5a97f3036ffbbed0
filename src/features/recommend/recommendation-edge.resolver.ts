import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { subFieldProps } from '../graph/read-plan';
import type { RequestContext } from '../common/request-context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import { NodeInterface } from '../node/node.interface';
import { skillsToAdd } from './skills-to-add';
import { RecommendationEdge } from './recommendation-connection.type';
import { SkillToAdd } from './skill-match.type';

@Resolver(() => RecommendationEdge)
export class RecommendationEdgeResolver {
  @FieldResolver(() => NodeInterface, { description: 'The occupation or career role recommended.' })
  node(@Root() r: RecommendationEdge, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(r.candidateId);
  }

  @FieldResolver(() => [SkillToAdd], { description: 'Its requirements the profile lacks, heaviest first.' })
  skillsToAdd(
    @Root() r: RecommendationEdge,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE / 2, description: `How many, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return skillsToAdd(ctx.graph, r.candidateId, r.held, first, subFieldProps(info, 'skill'));
  }
}
