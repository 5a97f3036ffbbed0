import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { VisaPathwayService } from './visa-pathway.service';
import { VisaPathway } from './visa-pathway.type';

@Resolver()
export class VisaPathwayResolver {
  @Query(() => [VisaPathway], { description: 'Visas for an occupation, their requirement chains, and what its education path meets.' })
  visaPathways(@Arg('occupation', () => String, { description: 'SOC code.' }) code: string, @Ctx() ctx: RequestContext) {
    return new VisaPathwayService(ctx.graph).pathways(code);
  }
}
