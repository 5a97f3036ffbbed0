import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { CareerPathArgs } from './career-path.args';
import { CareerPathService } from './career-path.service';
import { CareerPath } from './career-path.type';

@Resolver()
export class CareerPathResolver {
  @Query(() => [CareerPath], {
    description: 'The best paths from one role or occupation to another, cheapest first; empty when unreachable.',
  })
  careerPaths(@Args({ validate: { forbidUnknownValues: false } }) args: CareerPathArgs, @Ctx() ctx: RequestContext) {
    return new CareerPathService(ctx.graph).paths(args.from, args.to, args.maxSteps ?? 4, args.first ?? 3);
  }
}
