import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { CareerRoleConnection } from './career-role.type';
import { Certification } from './certification.type';
import { EducationLevel, EducationStep } from './education.type';
import { OccupationConnection } from './occupation.type';
import { Outlook } from './outlook.type';
import { SalaryBand } from './salary-band.type';
import { DataSourceConnection, GrowthArea } from './simple.type';
import { Visa, VisaRequirementConnection } from './visa.type';

@Resolver(() => EducationStep)
export class EducationStepResolver {
  @FieldResolver(() => EducationLevel, { nullable: true, description: 'The education level this step awards.' })
  awards(@Root() e: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('EducationStep.awards', e.id);
  }

  @FieldResolver(() => Certification, { nullable: true, description: 'The certification this step prepares for.' })
  preparesFor(@Root() e: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('EducationStep.preparesFor', e.id);
  }
}

@Resolver(() => SalaryBand)
export class SalaryBandResolver {
  @FieldResolver(() => CareerRoleConnection, { description: 'Roles paid in this band (curated).' })
  roles(@Root() b: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('SalaryBand.roles', b.id, args);
  }

  @FieldResolver(() => DataSourceConnection)
  sources(@Root() b: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('SalaryBand.sources', b.id, args);
  }
}

@Resolver(() => Visa)
export class VisaResolver {
  @FieldResolver(() => VisaRequirementConnection)
  requirements(@Root() v: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Visa.requirements', v.id, args);
  }

  @FieldResolver(() => DataSourceConnection)
  sources(@Root() v: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Visa.sources', v.id, args);
  }
}

@Resolver(() => Outlook)
export class OutlookResolver {
  @FieldResolver(() => DataSourceConnection)
  sources(@Root() o: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Outlook.sources', o.id, args);
  }
}

@Resolver(() => GrowthArea)
export class GrowthAreaResolver {
  @FieldResolver(() => OccupationConnection, { description: 'Occupations whose demand it drives.' })
  occupations(@Root() g: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('GrowthArea.occupations', g.id, args);
  }
}
