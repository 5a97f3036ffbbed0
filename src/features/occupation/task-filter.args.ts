import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../common/pagination';
import { AutomationLevel } from '../profile/enums';

@ArgsType()
export class TaskFilterArgs extends PageArgs {
  @Field(() => [AutomationLevel], { nullable: true, description: 'Only tasks at these automation levels.' })
  @IsOptional()
  automationLevel?: AutomationLevel[];
}
