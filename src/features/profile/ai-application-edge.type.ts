import { Field, ObjectType } from 'type-graphql';
import { AutomationExtent } from './enums';

/** On an edge to an AI application: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class AIApplicationEdgeFields {
  @Field(() => AutomationExtent)
  extent!: AutomationExtent;
}
