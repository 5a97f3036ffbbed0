import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('UpskillingPath', { simpleResolvers: true, implements: NodeInterface, description: 'Skills to learn to move towards target roles.' })
export class UpskillingPath extends NodeInterface {
  @Field(() => String)
  description!: string;

  @Field(() => String, { description: "Who the path starts from, in the source's words." })
  fromDescription!: string;
}
