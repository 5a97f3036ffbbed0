import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('EducationLevel', { simpleResolvers: true, implements: NodeInterface, description: "A level of education; `rank` follows O*NET's RL scale." })
export class EducationLevel extends NodeInterface {
  @Field(() => Int)
  rank!: number;
}
