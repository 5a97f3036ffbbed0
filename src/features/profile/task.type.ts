import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { AutomationExtent, AutomationLevel } from './enums';

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

  @Field(() => String, { nullable: true, description: 'Where the task comes from, e.g. O*NET 27.0.' })
  source?: string;
}

@ObjectType('TaskEdge', { simpleResolvers: true })
export class TaskEdge extends EdgeType(() => Task) {}

@ObjectType('TaskConnection', { simpleResolvers: true })
export class TaskConnection extends ConnectionType(TaskEdge, () => Task) {}

@ObjectType('AutomatedTaskEdge', { simpleResolvers: true, description: 'A task an AI application replaces part of.' })
export class AutomatedTaskEdge extends EdgeType(() => Task) {
  @Field(() => AutomationExtent)
  extent!: AutomationExtent;
}

@ObjectType('AutomatedTaskConnection', { simpleResolvers: true })
export class AutomatedTaskConnection extends ConnectionType(AutomatedTaskEdge, () => Task) {}
