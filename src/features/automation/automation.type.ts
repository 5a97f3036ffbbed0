import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AutomationLevel } from '../profile/enums';
import { Occupation } from '../profile/occupation.type';
import { Skill } from '../profile/skill.type';
import { Task } from '../profile/task.type';

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

  @Field(() => Int, { description: 'Tasks whose automation level the sources do not give (e.g. O*NET task statements).' })
  unclassifiedTasks!: number;

  @Field(() => [AutomationLevelGroup])
  levels!: AutomationLevelGroup[];

  @Field(() => [HedgingSkill])
  hedgingSkills!: HedgingSkill[];
}
