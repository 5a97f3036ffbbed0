import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../common/pagination';
import { TrainingKind } from '../profile/enums';

@ArgsType()
export class TrainingFilterArgs extends PageArgs {
  @Field(() => [TrainingKind], { nullable: true, description: 'Only these kinds of training.' })
  @IsOptional()
  kind?: TrainingKind[];
}
