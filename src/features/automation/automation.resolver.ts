import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { resolveOccupation } from '../common/node-ref';
import { AutomationService } from './automation.service';
import { AutomationExposure } from './automation.type';

@Resolver()
export class AutomationResolver {
  @Query(() => AutomationExposure, { description: 'Tasks by automation level, the AI behind them, and the skills that hedge.' })
  async automationExposure(@Arg('occupation', () => String, { description: 'SOC code.' }) code: string, @Ctx() ctx: RequestContext) {
    return new AutomationService(ctx.graph).report(await resolveOccupation(ctx.graph, 'occupation', code));
  }
}
