import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { MAX_RECOMMENDATIONS } from './recommend.model';
import { RecommendService } from './recommend.service';
import { requirementWeight, round4 } from './scoring';
import { CareerProfileInput } from './profile-input.type';
import { RecommendationConnection } from './recommendation-connection.type';

@ArgsType()
class RecommendArgs {
  @Field(() => CareerProfileInput)
  profile!: CareerProfileInput;

  @Field(() => Int, { nullable: true, description: `How many, 1 to ${MAX_RECOMMENDATIONS} (default 10).` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Continue after this recommendation's cursor (same profile only)." })
  after?: string;
}

@Resolver()
export class RecommendResolver {
  @Query(() => RecommendationConnection, {
    description:
      'Occupations and career roles ranked for a profile, each with a score in [0, 1], its parts, the skills to add and the graph paths behind it (README "Recommendations").',
  })
  async recommend(@Args() args: RecommendArgs, @Ctx() ctx: RequestContext): Promise<object> {
    const page = await new RecommendService(ctx.graph).recommend(args.profile, args.first ?? 10, args.after ?? null);
    return {
      edges: page.items.map((r) => ({
        ...r,
        matchedSkills: r.matchedSkills.map((m) => ({
          ...m,
          relationship: m.rel,
          weight: round4(requirementWeight(m) ?? 0),
          levelFit: round4(m.levelFit),
          contribution: round4(m.contribution),
        })),
      })),
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      ignored: page.ignored,
      resolvedSkills: page.resolvedSkills,
    };
  }
}
