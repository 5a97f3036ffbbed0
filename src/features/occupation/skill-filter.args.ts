import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../common/pagination';
import { SkillKind } from '../profile/enums';

@ArgsType()
export class SkillFilterArgs extends PageArgs {
  @Field(() => [SkillKind], { nullable: true, description: 'Only skills of these kinds (SKILL, KNOWLEDGE).' })
  @IsOptional()
  kind?: SkillKind[];
}
