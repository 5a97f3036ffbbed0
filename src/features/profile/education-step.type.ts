import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('EducationStep', { simpleResolvers: true, implements: NodeInterface, description: 'A step of the education path, in order.' })
export class EducationStep extends NodeInterface {
  @Field(() => Int)
  order!: number;

  @Field(() => Float)
  durationYears!: number;

  @Field(() => Int)
  costMinUsd!: number;

  @Field(() => Int)
  costMaxUsd!: number;

  @Field(() => String)
  currency!: string;
}
