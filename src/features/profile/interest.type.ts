import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Interest', { simpleResolvers: true, implements: NodeInterface, description: 'A Holland (RIASEC) occupational interest, as O*NET rates them.' })
export class Interest extends NodeInterface {
  @Field(() => String, { description: 'Its letter in an interest code: R, I, A, S, E or C.' })
  code!: string;
}

@ObjectType('InterestEdge', { simpleResolvers: true })
export class InterestEdge extends EdgeType(() => Interest) {
  @Field(() => Float, { description: 'O*NET occupational-interest score, 1 to 7.' })
  score!: number;

  @Field(() => Int, { nullable: true, description: '1, 2 or 3 when it is the occupation\'s first, second or third high-point interest.' })
  highPoint?: number;

  @Field(() => String, { nullable: true })
  source?: string;
}

@ObjectType('InterestConnection', { simpleResolvers: true })
export class InterestConnection extends ConnectionType(InterestEdge, () => Interest) {}
