import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { RequestContext } from '../common/request-context';
import { SkillLeverageService } from './skill-leverage.service';
import { MAX_OPTIONS, UpskillingArgs } from './upskilling.args';
import { UpskillingService } from './upskilling.service';
import { SkillLeverageConnection } from './skill-leverage.type';
import { UpskillingOptionConnection } from './upskilling-option.type';

@ArgsType()
class SkillLeverageArgs {
  @Field(() => String, { description: 'SOC code of the occupation to start from.' })
  occupation!: string;

  @Field(() => Int, { nullable: true, description: `How many, 1 to ${MAX_OPTIONS} (default 10).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_OPTIONS)
  first?: number;

  @Field(() => String, { nullable: true, description: "Continue after this edge's cursor (same occupation only)." })
  after?: string;
}

@Resolver()
export class UpskillingResolver {
  @Query(() => UpskillingOptionConnection, { description: 'Which skills lead to which targets from an occupation, best first, with what is missing.' })
  upskillingPaths(@Args({ validate: { forbidUnknownValues: false } }) args: UpskillingArgs, @Ctx() ctx: RequestContext) {
    return new UpskillingService(ctx.graph).options(args.occupation, args.haveSkills ?? [], { first: args.first ?? 10, after: args.after ?? null });
  }

  @Query(() => SkillLeverageConnection, { description: 'The single skills or certifications that open the most upskilling targets.' })
  skillLeverage(@Args({ validate: { forbidUnknownValues: false } }) args: SkillLeverageArgs, @Ctx() ctx: RequestContext) {
    return new SkillLeverageService(ctx.graph).leverage(args.occupation, { first: args.first ?? 10, after: args.after ?? null });
  }
}
