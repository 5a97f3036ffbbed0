import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Issuer', { simpleResolvers: true, implements: NodeInterface, description: 'Who issues certifications.' })
export class Issuer extends NodeInterface {
  @Field(() => String, { nullable: true })
  abbreviation?: string;
}
