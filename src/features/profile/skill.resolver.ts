import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { CareerRoleConnection } from './career-role.type';
import { OccupationConnection } from './occupation.type';
import { Skill, SkillConnection } from './skill.type';
import { TaskConnection } from './task.type';

@Resolver(() => Skill)
export class SkillResolver {
  @FieldResolver(() => SkillConnection, { description: 'Broader skills this one is part of.' })
  partOf(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.partOf', s.id, args);
  }

  @FieldResolver(() => SkillConnection, { description: 'Narrower skills that are part of this one.' })
  parts(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.parts', s.id, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Roles this skill unlocks, through upskilling paths.' })
  leadsTo(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.leadsTo', s.id, args);
  }

  @FieldResolver(() => OccupationConnection)
  occupations(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.occupations', s.id, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Roles that require this skill.' })
  requiredByRoles(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.requiredByRoles', s.id, args);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that draw on this skill.' })
  tasks(@Root() s: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Skill.tasks', s.id, args);
  }
}
