import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { CertificationConnection } from '../profile/certification.type';
import { CareerRoleConnection, UpskillingPathConnection } from '../profile/career-role.type';
import { EducationLevelConnection, EducationStepConnection } from '../profile/education.type';
import { Occupation, OccupationConnection } from '../profile/occupation.type';
import { OutlookConnection } from '../profile/outlook.type';
import { SalaryBandConnection } from '../profile/salary-band.type';
import { DataSourceConnection, GrowthAreaConnection, JobZone, TraitConnection } from '../profile/simple.type';
import { SkillConnection } from '../profile/skill.type';
import { TaskConnection } from '../profile/task.type';
import { VisaConnection } from '../profile/visa.type';
import { OccupationArgs } from './occupation.args';
import { findOccupation } from '../common/node-ref';
import { TaskFilterArgs } from './task-filter.args';
import { planSelection } from '../graph/read-plan';
import { SkillFilterArgs } from './skill-filter.args';
import { TrainingFilterArgs } from './training-filter.args';
import { DataCoverage } from './data-coverage.type';
import { DataCoverageService } from './data-coverage.service';
import { InterestConnection } from '../profile/interest.type';
import { ExperienceLevelConnection, TrainingLevelConnection } from '../profile/preparation.type';
import { WageStatistic } from '../profile/wage.type';
import { AIExposureScore } from '../profile/ai-exposure.type';

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, { nullable: true, description: 'An occupation by SOC code; null when there is none.' })
  occupation(
    @Args({ validate: { forbidUnknownValues: false } }) { code }: OccupationArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findOccupation(ctx.graph, code, (id) => ctx.graph.prefetch(id, planSelection(info)));
  }

  @FieldResolver(() => TaskConnection)
  tasks(@Root() o: Entity, @Args() args: TaskFilterArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.tasks', o.id, args);
  }

  @FieldResolver(() => SkillConnection, { description: 'Skills and knowledge it requires: curated ones first, then O*NET\'s by importance.' })
  skills(@Root() o: Entity, @Args() args: SkillFilterArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.skills', o.id, args);
  }

  @FieldResolver(() => CertificationConnection)
  certifications(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.certifications', o.id, args);
  }

  @FieldResolver(() => EducationStepConnection)
  educationSteps(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.educationSteps', o.id, args);
  }

  @FieldResolver(() => SalaryBandConnection)
  salaryBands(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.salaryBands', o.id, args);
  }

  @FieldResolver(() => VisaConnection)
  visas(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.visas', o.id, args);
  }

  @FieldResolver(() => GrowthAreaConnection)
  growthAreas(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.growthAreas', o.id, args);
  }

  @FieldResolver(() => OutlookConnection)
  outlooks(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.outlooks', o.id, args);
  }

  @FieldResolver(() => CareerRoleConnection, { description: 'Roles in this occupation; `entry` marks where people start.' })
  careerRoles(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.careerRoles', o.id, args);
  }

  @FieldResolver(() => UpskillingPathConnection)
  upskillingPaths(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.upskillingPaths', o.id, args);
  }

  @FieldResolver(() => TraitConnection, { description: 'Traits of the people this occupation suits.' })
  traits(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.traits', o.id, args);
  }

  @FieldResolver(() => OccupationConnection, { description: 'O*NET related occupations, most related first; edges carry tier and weight.' })
  relatedOccupations(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.relatedOccupations', o.id, args);
  }

  @FieldResolver(() => SkillConnection, { description: 'Software and tools used (O*NET technology skills).' })
  technologies(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.technologies', o.id, args);
  }

  @FieldResolver(() => EducationLevelConnection, { description: 'Education levels of workers in it (O*NET), by level.' })
  educationLevels(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.educationLevels', o.id, args);
  }

  @FieldResolver(() => JobZone, { nullable: true })
  jobZoneDetail(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.jobZoneDetail', o.id);
  }

  @FieldResolver(() => Occupation, { nullable: true, description: 'For an O*NET specialty (29-2011.01): its SOC occupation.' })
  specialises(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.specialises', o.id);
  }

  @FieldResolver(() => OccupationConnection, { description: 'O*NET specialties of this occupation.' })
  specialisations(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.specialisations', o.id, args);
  }

  @FieldResolver(() => DataSourceConnection, { description: 'Every source its facts come from, curated and published, with licence and attribution.' })
  sources(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.sources', o.id, args);
  }

  @FieldResolver(() => InterestConnection, { description: 'RIASEC interests (O*NET), strongest first.' })
  interests(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.interests', o.id, args);
  }

  @FieldResolver(() => ExperienceLevelConnection, { description: 'Related work experience its workers report (O*NET), by category.' })
  experienceLevels(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.experienceLevels', o.id, args);
  }

  @FieldResolver(() => TrainingLevelConnection, { description: 'On-site and on-the-job training its workers report (O*NET), by kind and category.' })
  trainingLevels(@Root() o: Entity, @Args() args: TrainingFilterArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.trainingLevels', o.id, args);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks O*NET respondents named as new to it, or as revising its tasks.' })
  emergingTasks(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.emergingTasks', o.id, args);
  }

  @FieldResolver(() => SkillConnection, {
    description: 'For an occupation O*NET has not rated: its skills and knowledge estimated from its 10 most similar rated occupations (`skillsEstimatedFrom`), which recommendations score it on. Empty for a rated one.',
  })
  estimatedSkills(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.estimatedSkills', o.id, args);
  }

  @FieldResolver(() => [Occupation], { description: 'The rated occupations its skill estimates come from, most similar first (at most 10; empty when rated).' })
  async skillsEstimatedFrom(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    const ids = Array.isArray(o.skillsEstimatedFrom) ? (o.skillsEstimatedFrom as string[]) : [];
    return (await Promise.all(ids.map((id) => ctx.graph.node(id)))).filter((n) => n !== null);
  }

  @FieldResolver(() => WageStatistic, { nullable: true, description: 'Published wages (BLS OEWS); the curated `salaryBands` stay beside them.' })
  wage(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.wage', o.id);
  }

  @FieldResolver(() => AIExposureScore, { nullable: true, description: 'The AI-exposure study\'s published scores for it; `automationExposure` gives careergraph\'s own.' })
  aiExposure(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Occupation.aiExposure', o.id);
  }

  @FieldResolver(() => [DataCoverage], { description: 'Which kinds of fact the graph holds for it, and why any is missing (an occupation O*NET has not rated yet says so).' })
  dataCoverage(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return new DataCoverageService(ctx.graph).coverage(o);
  }
}
