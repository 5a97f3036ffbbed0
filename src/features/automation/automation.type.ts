import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Occupation } from '../profile/occupation.type';
import { AIExposureScore } from '../profile/ai-exposure.type';
import { AutomationLevelGroup } from './automation-level-group.type';
import { HedgingSkill } from './hedging-skill.type';

@ObjectType('AutomationExposure', { simpleResolvers: true })
export class AutomationExposure {
  @Field(() => Occupation)
  occupation!: object;

  @Field(() => Float, { nullable: true, description: '(automatable + ½ AI-assisted) / classified tasks; null when no task is classified.' })
  exposure!: number | null;

  @Field(() => Int)
  classifiedTasks!: number;

  @Field(() => Int, { description: 'Tasks without an automation level: neither curated nor labelled by the AI-exposure study.' })
  unclassifiedTasks!: number;

  @Field(() => [AutomationLevelGroup])
  levels!: AutomationLevelGroup[];

  @Field(() => [HedgingSkill])
  hedgingSkills!: HedgingSkill[];

  @Field(() => AIExposureScore, {
    nullable: true,
    description: 'Beside `exposure`: the GPTs-are-GPTs study\'s published scores (`humanBeta` is what `exposure` reproduces on O*NET tasks; README "Data").',
  })
  studyScores!: object | null;
}
