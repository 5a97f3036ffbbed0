import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { AutomationExtent } from './enums';

@ObjectType('AIApplication', { simpleResolvers: true, implements: NodeInterface, description: 'An AI application that replaces part of a task.' })
export class AIApplication extends NodeInterface {
  @Field(() => String)
  description!: string;
}

@ObjectType('AIApplicationEdge', { simpleResolvers: true, description: 'An AI application behind a task, with how much of it it replaces.' })
export class AIApplicationEdge extends EdgeType(() => AIApplication) {
  @Field(() => AutomationExtent)
  extent!: AutomationExtent;
}

@ObjectType('AIApplicationConnection', { simpleResolvers: true })
export class AIApplicationConnection extends ConnectionType(AIApplicationEdge, () => AIApplication) {}
