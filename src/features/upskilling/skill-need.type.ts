import { Field, Float, ObjectType } from 'type-graphql';
import { Skill } from '../profile/skill.type';

@ObjectType('SkillNeed', { simpleResolvers: true })
export class SkillNeed {
  @Field(() => Skill)
  skill!: object;

  @Field(() => Float, { nullable: true, description: 'O*NET importance (1–5) where rated.' })
  importance!: number | null;
}
