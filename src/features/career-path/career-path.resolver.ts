import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { CareerPathArgs } from './career-path.args';
import { CareerPathService } from './career-path.service';
import { CareerPathConnection } from './career-path-connection.type';

@Resolver()
export class CareerPathResolver {
  @Query(() => CareerPathConnection, {
    description:
      'The best paths from one role or occupation to another, cheapest first; empty when unreachable. Paths are sought among the two shortest lengths up to `maxSteps`, at most 200 of them (`totalCount`).',
  })
  careerPaths(@Args({ validate: { forbidUnknownValues: false } }) args: CareerPathArgs, @Ctx() ctx: RequestContext) {
    return new CareerPathService(ctx.graph).paths(args.from, args.to, args.maxSteps ?? 4, { first: args.first ?? 3, after: args.after ?? null });
  }
}
