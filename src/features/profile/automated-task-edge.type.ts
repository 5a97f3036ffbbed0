import { Field, ObjectType } from 'type-graphql';
import { AutomationExtent } from './enums';

/** On an edge to a task an AI application replaces part of: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class AutomatedTaskEdgeFields {
  @Field(() => AutomationExtent)
  extent!: AutomationExtent;
}
