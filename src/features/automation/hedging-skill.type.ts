import { Field, Int, ObjectType } from 'type-graphql';
import { Skill } from '../profile/skill.type';

@ObjectType('HedgingSkill', { simpleResolvers: true, description: 'A skill tied to human-core tasks: it hedges against automation.' })
export class HedgingSkill {
  @Field(() => Skill)
  skill!: object;

  @Field(() => Int, { description: 'Human-core tasks that use it.' })
  humanCoreTasks!: number;
}
