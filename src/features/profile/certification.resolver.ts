import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { Certification, CertificationConnection, Issuer } from './certification.type';
import { OccupationConnection } from './occupation.type';
import { LaborCertification } from './visa.type';

@Resolver(() => Certification)
export class CertificationResolver {
  @FieldResolver(() => Issuer, { nullable: true })
  issuer(@Root() c: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Certification.issuer', c.id);
  }

  @FieldResolver(() => OccupationConnection, { description: 'Occupations that ask for it.' })
  occupations(@Root() c: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Certification.occupations', c.id, args);
  }
}

@Resolver(() => Issuer)
export class IssuerResolver {
  @FieldResolver(() => CertificationConnection, { description: 'Certifications it issues.' })
  certifications(@Root() i: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Issuer.certifications', i.id, args);
  }
}

@Resolver(() => LaborCertification)
export class LaborCertificationResolver {
  @FieldResolver(() => Issuer, { nullable: true })
  issuer(@Root() l: Entity, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('LaborCertification.issuer', l.id);
  }
}
