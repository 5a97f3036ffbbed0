import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('AIApplication', { simpleResolvers: true, implements: NodeInterface, description: 'An AI application that replaces part of a task.' })
export class AIApplication extends NodeInterface {
  @Field(() => String)
  description!: string;
}
