import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Trait', {
  simpleResolvers: true,
  implements: NodeInterface,
  description: 'A trait of the people an occupation suits: curated, or an O*NET work style.',
})
export class Trait extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'WORK_STYLE for O*NET work styles; null for a curated trait.' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'O*NET content-model element id of a work style (1.C.5.b).' })
  elementId?: string;

  @Field(() => String, { nullable: true })
  description?: string;
}
