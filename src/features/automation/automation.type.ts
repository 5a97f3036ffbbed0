import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AutomationLevel } from '../profile/enums';
import { Occupation } from '../profile/occupation.type';
import { Skill } from '../profile/skill.type';
import { Task } from '../profile/task.type';
import { AIExposureScore } from '../profile/ai-exposure.type';

@ObjectType('AutomationLevelGroup', { simpleResolvers: true })
export class AutomationLevelGroup {
  @Field(() => AutomationLevel)
  level!: AutomationLevel;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Share of the classified tasks at this level, 0 to 1.' })
  share!: number;

  @Field(() => [Task], { description: 'The tasks; each lists the AI applications behind it.' })
  tasks!: object[];
}

@ObjectType('HedgingSkill', { simpleResolvers: true, description: 'A skill tied to human-core tasks: it hedges against automation.' })
export class HedgingSkill {
  @Field(() => Skill)
  skill!: object;

  @Field(() => Int, { description: 'Human-core tasks that use it.' })
  humanCoreTasks!: number;
}

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

  @Field(() => AIExposureScore, { nullable: true, description: 'Beside `exposure`: the GPTs-are-GPTs study\'s published scores (`humanBeta` is what `exposure` reproduces on O*NET tasks; README "Data").' })
  studyScores!: object | null;
}
