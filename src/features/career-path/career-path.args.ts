import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';

export const MAX_STEPS = 6;
export const MAX_PATHS = 10;

@ArgsType()
export class CareerPathArgs {
  @Field(() => ID, { description: 'Where the path starts: a role or occupation id, or a SOC code.' })
  from!: string;

  @Field(() => ID, { description: 'Where it ends: a role or occupation id, or a SOC code.' })
  to!: string;

  @Field(() => Int, { nullable: true, description: `Most steps a path may take, 1 to ${MAX_STEPS} (default 4).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_STEPS)
  maxSteps?: number;

  @Field(() => Int, { nullable: true, description: `How many paths, 1 to ${MAX_PATHS} (default 3).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PATHS)
  first?: number;

  @Field(() => String, { nullable: true, description: "Continue after this edge's cursor (same from, to and maxSteps only)." })
  after?: string;
}
