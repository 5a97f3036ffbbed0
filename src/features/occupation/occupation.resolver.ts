import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { RELATIONS } from '../graph/relations';
import { CertificationConnection } from '../profile/certification.type';
import { CareerRoleConnection, UpskillingPathConnection } from '../profile/career-role.type';
import { EducationStepConnection } from '../profile/education.type';
import { Occupation } from '../profile/occupation.type';
import { OutlookConnection } from '../profile/outlook.type';
import { SalaryBandConnection } from '../profile/salary-band.type';
import { DataSourceConnection, GrowthAreaConnection, TraitConnection } from '../profile/simple.type';
import { SkillConnection } from '../profile/skill.type';
import { TaskConnection } from '../profile/task.type';
import { VisaConnection } from '../profile/visa.type';
import { OccupationArgs } from './occupation.args';
import { OccupationService } from './occupation.service';
import { TaskFilterArgs } from './task-filter.args';

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, { nullable: true, description: 'An occupation by SOC code; null when there is none.' })
  occupation(@Args({ validate: { forbidUnknownValues: false } }) { code }: OccupationArgs, @Ctx() ctx: RequestContext) {
    return new OccupationService(ctx.graph).byCode(code);
  }

  @FieldResolver(() => TaskConnection)
  tasks(@Root() o: Entity, @Args() args: TaskFilterArgs, @Ctx() ctx: RequestContext) {
    const where = args.automationLevel ? { key: 'automationLevel', values: args.automationLevel } : undefined;
    return ctx.graph.related(o.id, RELATIONS.occupationTasks, args, where);
  }

  @FieldResolver(() => SkillConnection)
  skills(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationSkills, args);
  }

  @FieldResolver(() => CertificationConnection)
  certifications(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationCertifications, args);
  }

  @FieldResolver(() => EducationStepConnection)
  educationSteps(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationEducationSteps, args);
  }

  @FieldResolver(() => SalaryBandConnection)
  salaryBands(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationSalaryBands, args);
  }

  @FieldResolver(() => VisaConnection)
  visas(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationVisas, args);
  }

  @FieldResolver(() => GrowthAreaConnection)
  growthAreas(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationGrowthAreas, args);
  }

  @FieldResolver(() => OutlookConnection)
  outlooks(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationOutlooks, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Roles in this occupation; `entry` marks where people start.' })
  careerRoles(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationRoles, args);
  }

  @FieldResolver(() => UpskillingPathConnection)
  upskillingPaths(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationUpskillingPaths, args);
  }

  @FieldResolver(() => TraitConnection, { description: 'Traits of the people this occupation suits.' })
  traits(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationTraits, args);
  }

  @FieldResolver(() => DataSourceConnection)
  sources(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.related(o.id, RELATIONS.occupationSources, args);
  }
}
