import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Interest', { simpleResolvers: true, implements: NodeInterface, description: 'A Holland (RIASEC) occupational interest, as O*NET rates them.' })
export class Interest extends NodeInterface {
  @Field(() => String, { description: 'Its letter in an interest code: R, I, A, S, E or C.' })
  code!: string;
}
