import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Seniority } from './enums';

@ObjectType('SalaryBand', { simpleResolvers: true, implements: NodeInterface, description: 'Annual pay for a range of experience.' })
export class SalaryBand extends NodeInterface {
  @Field(() => Seniority)
  seniority!: Seniority;

  @Field(() => Int)
  minYears!: number;

  @Field(() => Int, { nullable: true, description: 'Null when open-ended (10+ years).' })
  maxYears?: number;

  @Field(() => Int)
  minAnnual!: number;

  @Field(() => Int)
  maxAnnual!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { nullable: true, description: 'Where or as what people at this band work.' })
  setting?: string;
}
