import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Certification', { simpleResolvers: true, implements: NodeInterface, description: 'A certification or licence.' })
export class Certification extends NodeInterface {
  @Field(() => String, { nullable: true })
  abbreviation?: string;
}
