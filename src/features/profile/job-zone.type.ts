import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('JobZone', { simpleResolvers: true, implements: NodeInterface, description: 'O*NET job zone: how much preparation an occupation needs.' })
export class JobZone extends NodeInterface {
  @Field(() => Int)
  zone!: number;

  @Field(() => String, { nullable: true })
  experience?: string;

  @Field(() => String, { nullable: true })
  education?: string;

  @Field(() => String, { nullable: true })
  jobTraining?: string;

  @Field(() => String, { nullable: true })
  examples?: string;

  @Field(() => String, { nullable: true })
  svpRange?: string;
}
