import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { Entity } from '../graph/entity';
import { Occupation } from '../profile/occupation.type';
import { OccupationArgs } from './occupation.args';
import { findOccupation } from '../common/node-ref';
import { planRootProps, planSelection } from '../graph/read-plan';
import { DataCoverage } from './data-coverage.type';
import { DataCoverageService } from './data-coverage.service';

/** The occupation query and Occupation's computed fields; its relationship fields are made from RELATIONSHIP_FIELDS. */
@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, { nullable: true, description: 'An occupation by SOC code; null when there is none.' })
  occupation(@Args({ validate: { forbidUnknownValues: false } }) { code }: OccupationArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return findOccupation(ctx.graph, code, (id) => ctx.graph.prefetch(id, planSelection(info), planRootProps(info)));
  }

  @FieldResolver(() => [Occupation], { description: 'The rated occupations its skill estimates come from, most similar first (at most 10; empty when rated).' })
  async skillsEstimatedFrom(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    const ids = Array.isArray(o.skillsEstimatedFrom) ? (o.skillsEstimatedFrom as string[]) : [];
    return (await Promise.all(ids.map((id) => ctx.graph.node(id)))).filter((n) => n !== null);
  }

  @FieldResolver(() => [DataCoverage], {
    description: 'Which kinds of fact the graph holds for it, and why any is missing (an occupation O*NET has not rated yet says so).',
  })
  dataCoverage(@Root() o: Entity, @Ctx() ctx: RequestContext) {
    return new DataCoverageService(ctx.graph).coverage(o);
  }
}
