import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { AutomationLevel, EmergingCategory } from './enums';

@ObjectType('Task', { simpleResolvers: true, implements: NodeInterface, description: 'A task of an occupation, and how far AI takes it over.' })
export class Task extends NodeInterface {
  @Field(() => String)
  text!: string;

  @Field(() => AutomationLevel, { nullable: true, description: 'Null where the source does not say (O*NET task statements).' })
  automationLevel?: AutomationLevel;

  @Field(() => String)
  occupationCode!: string;

  @Field(() => String, { nullable: true, description: 'O*NET task type: CORE or SUPPLEMENTAL.' })
  taskType?: string;

  @Field(() => String, { nullable: true, description: 'Where the task comes from, e.g. O*NET 29.3.' })
  source?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where `automationLevel` comes from: null when curated with the task, else the rule that derived it (README "AI exposure").',
  })
  automationLevelRule?: string;

  @Field(() => EmergingCategory, { nullable: true, description: 'For an O*NET emerging task: NEW to the occupation, or a REVISION of one of its tasks.' })
  emergingCategory?: EmergingCategory;

  @Field(() => Int, { nullable: true, description: 'O*NET Task ID of a task statement.' })
  onetTaskId?: number;

  @Field(() => String, { nullable: true, description: "For an emerging task that revises a task: that task's text as O*NET gave it (see also `revises`)." })
  originalText?: string;

  @Field(() => String, { nullable: true, description: 'When respondents reported an emerging task (MM/YYYY).' })
  reportedDate?: string;
}
