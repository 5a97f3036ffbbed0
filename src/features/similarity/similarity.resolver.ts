import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { OccupationConnection } from '../profile/occupation.type';
import { RelatedOccupationsArgs, SimilarOccupationsArgs } from './similarity.args';
import { SimilarOccupationConnection } from './similar-occupation.type';
import { SimilarityService, type Tier } from './similarity.service';

@Resolver()
export class SimilarityResolver {
  @Query(() => OccupationConnection, { description: "O*NET related occupations of an occupation, by tier then O*NET's index; edges carry tier and weight." })
  relatedOccupations(@Args({ validate: { forbidUnknownValues: false } }) args: RelatedOccupationsArgs, @Ctx() ctx: RequestContext) {
    return new SimilarityService(ctx.graph).related(args.code, (args.tier ?? null) as Tier | null, args);
  }

  @Query(() => SimilarOccupationConnection, {
    description:
      "The occupations most like this one (at most 20): by what they do (task and title text), their skills, interests, job zone and SOC group; never by O*NET's related lists, which `relatedOccupations` gives.",
  })
  async similarOccupations(@Args({ validate: { forbidUnknownValues: false } }) args: SimilarOccupationsArgs, @Ctx() ctx: RequestContext) {
    const page = await new SimilarityService(ctx.graph).similar(args.code, args.first ?? 10, args.after ?? null);
    return { edges: page.items, totalCount: page.totalCount, pageInfo: page.pageInfo };
  }
}
