import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';

export const MAX_OPTIONS = 50;

@ArgsType()
export class UpskillingArgs {
  @Field(() => String, { description: 'SOC code of the occupation to start from.' })
  occupation!: string;

  @Field(() => [ID], { nullable: true, description: 'Ids of skills the person already has.' })
  @IsOptional()
  @ArrayMaxSize(200)
  haveSkills?: string[];

  @Field(() => Int, { nullable: true, description: `How many, 1 to ${MAX_OPTIONS} (default 10).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_OPTIONS)
  first?: number;

  @Field(() => String, { nullable: true, description: "Continue after this edge's cursor (same occupation and haveSkills only)." })
  after?: string;
}
