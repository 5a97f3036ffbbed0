import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { Entity } from '../graph/entity';
import { Task } from './task.type';
import { TaskAIExposure } from './task-ai-exposure.type';

/** Task's computed field; its relationship fields are made from RELATIONSHIP_FIELDS. */
@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => TaskAIExposure, { nullable: true, description: "The GPTs-are-GPTs study's labels for this task, as published; null when it has none." })
  async aiExposure(@Root() t: Entity, @Ctx() ctx: RequestContext) {
    if (typeof t.aiExposureSourceId !== 'string') return null;
    const value = <T>(key: string, type: string) => (typeof t[key] === type ? (t[key] as T) : null);
    return {
      humanExposure: value<string>('aiHumanExposure', 'string'),
      gpt4Exposure: value<string>('aiGpt4Exposure', 'string'),
      gpt4ExposureAltRubric: value<string>('aiGpt4ExposureAltRubric', 'string'),
      gpt4Automation: value<string>('aiGpt4Automation', 'string'),
      gpt3Relevant: value<boolean>('aiGpt3Relevant', 'boolean'),
      alpha: value<number>('aiAlpha', 'number'),
      beta: value<number>('aiBeta', 'number'),
      gamma: value<number>('aiGamma', 'number'),
      automation: value<number>('aiAutomation', 'number'),
      humanLabels: value<string>('aiHumanLabels', 'string'),
      source: await ctx.graph.node(t.aiExposureSourceId),
    };
  }
}
