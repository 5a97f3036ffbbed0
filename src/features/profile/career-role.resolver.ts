import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { CareerRole, CareerRoleConnection, UpskillingPath } from './career-role.type';
import { CertificationConnection } from './certification.type';
import { OccupationConnection } from './occupation.type';
import { SalaryBandConnection } from './salary-band.type';
import { SkillConnection } from './skill.type';

@Resolver(() => CareerRole)
export class CareerRoleResolver {
  @FieldResolver(() => CareerRoleConnection, { description: 'Roles this one leads to; `move` says how.' })
  advancesTo(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.advancesTo', r.id, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Roles that lead to this one.' })
  advancesFrom(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.advancesFrom', r.id, args);
  }

  @FieldResolver(() => SkillConnection)
  requiredSkills(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.requiredSkills', r.id, args);
  }

  @FieldResolver(() => CertificationConnection)
  requiredCertifications(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.requiredCertifications', r.id, args);
  }

  @FieldResolver(() => SalaryBandConnection)
  salaryBands(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.salaryBands', r.id, args);
  }

  @FieldResolver(() => OccupationConnection, { description: 'Occupations this role belongs to.' })
  occupations(@Root() r: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('CareerRole.occupations', r.id, args);
  }
}

@Resolver(() => UpskillingPath)
export class UpskillingPathResolver {
  @FieldResolver(() => CareerRole, { nullable: true, description: 'The role the path starts from.' })
  startsFrom(@Root() p: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('UpskillingPath.startsFrom', p.id);
  }

  @FieldResolver(() => SkillConnection, { description: 'Skills to learn, in the order the source gives them.' })
  teaches(@Root() p: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('UpskillingPath.teaches', p.id, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Intermediate roles on the way.' })
  passesThrough(@Root() p: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('UpskillingPath.passesThrough', p.id, args);
  }

  @FieldResolver(() => CareerRoleConnection)
  targets(@Root() p: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('UpskillingPath.targets', p.id, args);
  }
}
