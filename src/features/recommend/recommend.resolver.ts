import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import { NodeInterface } from '../node/node.interface';
import { Skill } from '../profile/skill.type';
import { MAX_RECOMMENDATIONS } from './recommend.model';
import { RecommendService } from './recommend.service';
import { skillsToAdd } from './skills-to-add';
import { requirementWeight, round4 } from './scoring';
import { ResolvedSkillInput } from './input-reading.type';
import { CareerProfileInput } from './profile-input.type';
import { RecommendationConnection, RecommendationEdge } from './recommendation-connection.type';
import { ExplanationPath } from './score-component.type';
import { MatchedSkill, SkillToAdd } from './skill-match.type';

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

@Resolver(() => RecommendationConnection)
export class RecommendationConnectionResolver {
  @FieldResolver(() => [NodeInterface], { description: "The edges' nodes, for clients that need no edge data." })
  nodes(@Root() c: RecommendationConnection, @Ctx() ctx: RequestContext) {
    return Promise.all(c.edges.map((e) => ctx.graph.node(e.candidateId)));
  }
}

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
  ) {
    return skillsToAdd(ctx.graph, r.candidateId, r.held, first);
  }
}

@Resolver(() => MatchedSkill)
export class MatchedSkillResolver {
  @FieldResolver(() => Skill)
  skill(@Root() m: MatchedSkill, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(m.skillId);
  }
}

@Resolver(() => ExplanationPath)
export class ExplanationPathResolver {
  @FieldResolver(() => [NodeInterface], { description: "The path's nodes, from the candidate (or your occupation) on." })
  async nodes(@Root() p: ExplanationPath, @Ctx() ctx: RequestContext) {
    return Promise.all(p.nodeIds.map((id) => ctx.graph.node(id)));
  }
}

@Resolver(() => ResolvedSkillInput)
export class ResolvedSkillInputResolver {
  @FieldResolver(() => [Skill], { description: 'Empty when nothing matched (see `ignored`).' })
  async skills(@Root() r: ResolvedSkillInput, @Ctx() ctx: RequestContext) {
    return Promise.all(r.skillIds.map((id) => ctx.graph.node(id)));
  }
}
