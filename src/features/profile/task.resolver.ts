import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { RELATIONS } from '../graph/relations';
import { AIApplication, AIApplicationConnection } from './ai-application.type';
import { Occupation } from './occupation.type';
import { SkillConnection } from './skill.type';
import { AutomatedTaskConnection, Task } from './task.type';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => AIApplicationConnection, { description: 'AI applications that replace part of this task.' })
  aiApplications(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(t.id, RELATIONS.taskAiApplications, args);
  }

  @FieldResolver(() => SkillConnection, { description: 'Skills the task draws on (curated links).' })
  skills(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(t.id, RELATIONS.taskSkills, args);
  }

  @FieldResolver(() => Occupation, { nullable: true })
  occupation(@Root() t: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.one(t.id, RELATIONS.taskOccupation);
  }
}

@Resolver(() => AIApplication)
export class AIApplicationResolver {
  @FieldResolver(() => AutomatedTaskConnection, { description: 'Tasks this application replaces part of.' })
  automates(@Root() a: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(a.id, RELATIONS.aiApplicationTasks, args);
  }
}
