import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { TrainingKind } from './enums';

@ObjectType('TrainingLevel', {
  simpleResolvers: true,
  implements: NodeInterface,
  description: 'A category of on-site or on-the-job training (O*NET PT and OJ scales).',
})
export class TrainingLevel extends NodeInterface {
  @Field(() => TrainingKind)
  kind!: TrainingKind;

  @Field(() => Int, { description: "Category on O*NET's scale: 1 (none) to 9 (over 10 years)." })
  rank!: number;
}
