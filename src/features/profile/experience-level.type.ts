import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('ExperienceLevel', { simpleResolvers: true, implements: NodeInterface, description: 'A category of related work experience (O*NET RW scale).' })
export class ExperienceLevel extends NodeInterface {
  @Field(() => Int, { description: "Category on O*NET's scale: 1 (none) to 11 (over 10 years)." })
  rank!: number;
}
