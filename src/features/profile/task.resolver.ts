import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { AIApplication, AIApplicationConnection } from './ai-application.type';
import { Occupation } from './occupation.type';
import { SkillConnection } from './skill.type';
import { AutomatedTaskConnection, Task } from './task.type';
import { TaskAIExposure } from './ai-exposure.type';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => AIApplicationConnection, { description: 'AI applications that replace part of this task.' })
  aiApplications(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Task.aiApplications', t.id, args);
  }

  @FieldResolver(() => SkillConnection, { description: 'Skills the task draws on (curated links).' })
  skills(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Task.skills', t.id, args);
  }

  @FieldResolver(() => Occupation, { nullable: true })
  occupation(@Root() t: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Task.occupation', t.id);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'For an emerging task that revises a task statement: that task.' })
  revises(@Root() t: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Task.revises', t.id);
  }

  @FieldResolver(() => TaskAIExposure, { nullable: true, description: 'The GPTs-are-GPTs study\'s labels for this task, as published; null when it has none.' })
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

@Resolver(() => AIApplication)
export class AIApplicationResolver {
  @FieldResolver(() => AutomatedTaskConnection, { description: 'Tasks this application replaces part of.' })
  automates(@Root() a: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('AIApplication.automates', a.id, args);
  }
}
