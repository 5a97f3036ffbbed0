import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Matches } from 'class-validator';
import { OCCUPATION_CODE_PATTERN, OCCUPATION_CODE_RULE } from '../../model/ids';
import type { RequestContext } from '../common/request-context';
import { PageInfo } from '../common/connection';
import { checkFirst, MAX_PAGE_SIZE, PageArgs } from '../common/pagination';
import { round4 } from '../recommend/scoring';
import { Occupation, OccupationConnection } from '../profile/occupation.type';
import { Skill } from '../profile/skill.type';
import { MAX_SIMILAR, SimilarityService, TIERS, type Tier } from './similarity.service';
import { stringEnum } from '../../shared/string-enum';

export const RelatednessTier = stringEnum(TIERS);
registerEnumType(RelatednessTier, { name: 'RelatednessTier', description: 'O*NET relatedness tiers, most related first.' });

const CODE_MESSAGE = `code ${OCCUPATION_CODE_RULE}`;

@ArgsType()
class RelatedOccupationsArgs extends PageArgs {
  @Field(() => String, { description: 'SOC or O*NET-SOC code.' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => RelatednessTier, { nullable: true, description: 'Only this tier (default: all, best tier first).' })
  tier?: Tier;
}

@ArgsType()
class SimilarOccupationsArgs {
  @Field(() => String, { description: 'SOC or O*NET-SOC code.' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => Int, { nullable: true, description: `How many, 1 to ${MAX_SIMILAR} (default 10).` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@ObjectType('SharedSkill', { simpleResolvers: true, description: 'A requirement both occupations have, with each one\'s weight.' })
class SharedSkill {
  skillId!: string;

  @Field(() => Float, { description: 'Requirement weight for the occupation asked about.' })
  weightHere!: number;

  @Field(() => Float, { description: 'Requirement weight for the similar occupation.' })
  weightThere!: number;
}

@ObjectType('SimilarityComponents', { simpleResolvers: true, description: 'Parts of a similarity, each 0 to 1; null where one occupation lacks the facts (weights: text 32, skills 4, interests 2, jobZone 2, soc 1).' })
class SimilarityComponents {
  @Field(() => Float, { nullable: true, description: 'Cosine of the TF-IDF vectors of title, alternate titles, description and task statements.' })
  text!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cosine of skill and knowledge importances, z-scored against the national means.' })
  skills!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cosine of the RIASEC interest scores, each centred on its occupation\'s mean.' })
  interests!: number | null;

  @Field(() => Float, { nullable: true, description: '1 − |job zone difference| / 4.' })
  jobZone!: number | null;

  @Field(() => Float, { nullable: true, description: '1 same SOC code, 0.75 same broad group, 0.5 same minor group, 0.25 same major group.' })
  soc!: number | null;
}

@ObjectType('SimilarOccupationEdge', { simpleResolvers: true, description: 'A similar occupation (`node`): its rank, similarity and its parts.' })
class SimilarOccupationEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Int, { description: '1 for the most similar.' })
  rank!: number;

  occupationId!: string;

  @Field(() => Float, { description: 'Σ w·part / Σ w over the parts both occupations have (README "similarOccupations"), 0 to 1; symmetric.' })
  similarity!: number;

  @Field(() => SimilarityComponents, { description: 'The parts the similarity is made of.' })
  components!: SimilarityComponents;

  @Field(() => Float, { description: 'Σ min(weights) over the important skills both require (weight: importance / 5).' })
  sharedWeight!: number;

  sharedSkills!: SharedSkill[];
}

@ObjectType('SimilarOccupationConnection', { simpleResolvers: true, description: 'A page of similar occupations, most similar first, then by id.' })
class SimilarOccupationConnection {
  @Field(() => [SimilarOccupationEdge], { description: 'Most similar first, then by id.' })
  edges!: SimilarOccupationEdge[];

  @Field(() => Int, { description: 'Similar occupations in the whole list, across all pages.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@Resolver()
export class SimilarityResolver {
  @Query(() => OccupationConnection, { description: 'O*NET related occupations of an occupation, by tier then O*NET\'s index; edges carry tier and weight.' })
  relatedOccupations(@Args({ validate: { forbidUnknownValues: false } }) args: RelatedOccupationsArgs, @Ctx() ctx: RequestContext) {
    return new SimilarityService(ctx.graph).related(args.code, (args.tier ?? null) as Tier | null, args);
  }

  @Query(() => SimilarOccupationConnection, {
    description: 'The occupations most like this one (at most 20): by what they do (task and title text), their skills, interests, job zone and SOC group; never by O*NET\'s related lists, which `relatedOccupations` gives.',
  })
  async similarOccupations(@Args({ validate: { forbidUnknownValues: false } }) args: SimilarOccupationsArgs, @Ctx() ctx: RequestContext) {
    const page = await new SimilarityService(ctx.graph).similar(args.code, args.first ?? 10, args.after ?? null);
    return { edges: page.items, totalCount: page.totalCount, pageInfo: page.pageInfo };
  }
}

@Resolver(() => SimilarOccupationConnection)
export class SimilarOccupationConnectionResolver {
  @FieldResolver(() => [Occupation], { description: 'The edges\' nodes, for clients that need no edge data.' })
  nodes(@Root() c: SimilarOccupationConnection, @Ctx() ctx: RequestContext) {
    return Promise.all(c.edges.map((e) => ctx.graph.node(e.occupationId)));
  }
}

@Resolver(() => SimilarOccupationEdge)
export class SimilarOccupationResolver {
  @FieldResolver(() => Occupation, { description: 'The similar occupation.' })
  node(@Root() s: SimilarOccupationEdge, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(s.occupationId);
  }

  @FieldResolver(() => [SharedSkill], { description: 'The shared requirements, heaviest shared weight first.' })
  sharedSkills(@Root() s: SimilarOccupationEdge, @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1 to 100.' }) first: number) {
    return s.sharedSkills.slice(0, checkFirst(first, MAX_PAGE_SIZE)).map((x) => ({ ...x, weightHere: round4(x.weightHere), weightThere: round4(x.weightThere) }));
  }
}

@Resolver(() => SharedSkill)
export class SharedSkillResolver {
  @FieldResolver(() => Skill)
  skill(@Root() s: SharedSkill, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(s.skillId);
  }
}
