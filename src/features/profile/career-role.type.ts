import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Seniority } from './enums';

@ObjectType('CareerRole', { simpleResolvers: true, implements: NodeInterface, description: 'A role on a career path.' })
export class CareerRole extends NodeInterface {
  @Field(() => Seniority, { nullable: true })
  seniority?: Seniority;
}
