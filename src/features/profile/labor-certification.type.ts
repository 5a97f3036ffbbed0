import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('LaborCertification', { simpleResolvers: true, implements: NodeInterface, description: 'A labour certification, such as PERM.' })
export class LaborCertification extends NodeInterface {
  @Field(() => String)
  description!: string;
}
