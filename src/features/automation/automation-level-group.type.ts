import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AutomationLevel } from '../profile/enums';
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
