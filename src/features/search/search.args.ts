import { ArgsType, Field } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { NodeLabel } from '../../model/graph';
import { PageArgs } from '../common/pagination';
import { NodeType } from '../profile/enums';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { description: 'Words to find; each must begin a word of the name (or alternate title).' })
  @Length(1, 200)
  text!: string;

  @Field(() => [NodeType], { nullable: true, description: 'Only nodes of these kinds (default: all).' })
  @IsOptional()
  types?: NodeLabel[];
}
