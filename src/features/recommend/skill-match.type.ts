import { Field, Float, ObjectType } from 'type-graphql';
import { Skill } from '../profile/skill.type';
import { MIN_IMPORTANCE, TECHNOLOGY_WEIGHT, UNRATED_SKILL_WEIGHT } from './scoring';

@ObjectType('MatchedSkill', { simpleResolvers: true, description: 'A requirement of the candidate the profile holds.' })
export class MatchedSkill {
  skillId!: string;

  @Field(() => String, {
    description:
      'REQUIRES_SKILL, ESTIMATED_SKILL (a rating estimated from similar occupations), USES_TECHNOLOGY, or LEADS_TO (a skill leading to a career role).',
  })
  relationship!: string;

  @Field(() => Float, { nullable: true, description: 'O*NET importance (1-5) where rated.' })
  importance!: number | null;

  @Field(() => Float, { nullable: true, description: 'O*NET level (0-7) the candidate asks, where rated.' })
  requiredLevel!: number | null;

  @Field(() => Float, { nullable: true, description: 'The level the profile gave.' })
  heldLevel!: number | null;

  @Field(() => Float, {
    description: `Requirement weight, as skillsToAdd orders by: rated importance / 5 (0 below ${MIN_IMPORTANCE}), unrated ${UNRATED_SKILL_WEIGHT}, technology ${TECHNOLOGY_WEIGHT}.`,
  })
  weight!: number;

  @Field(() => Float, { description: 'min(1, held level / required level) when both are known, else 1.' })
  levelFit!: number;

  @Field(() => Float, { description: "Its part of the SKILLS component's value: the matched skills' contributions sum to it." })
  contribution!: number;
}

@ObjectType('SkillToAdd', { simpleResolvers: true, description: 'A requirement of the candidate the profile lacks.' })
export class SkillToAdd {
  @Field(() => Skill)
  skill!: object;

  @Field(() => String, { description: 'REQUIRES_SKILL, USES_TECHNOLOGY, or LEADS_TO (a skill leading to a career role).' })
  relationship!: string;

  @Field(() => Float, { nullable: true })
  importance!: number | null;

  @Field(() => Float, { nullable: true })
  level!: number | null;

  @Field(() => Float, { description: 'Requirement weight, as on MatchedSkill: the list is ordered by it.' })
  weight!: number;
}
