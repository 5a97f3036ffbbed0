import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { DataSourceConnection } from './simple.type';
import { WageDistribution, WageFigure, WageStatistic } from './wage.type';

const STATS = { mean: 'Mean', p10: 'P10', p25: 'P25', median: 'Median', p75: 'P75', p90: 'P90' } as const;

/** `annualP90` (absent when top-coded, listed in `topCoded`) and `annualTopCode` → a WageFigure. */
function distribution(w: Entity, period: 'annual' | 'hourly'): WageDistribution {
  const topCoded = new Set(Array.isArray(w.topCoded) ? (w.topCoded as string[]) : []);
  const topCode = typeof w[`${period}TopCode`] === 'number' ? (w[`${period}TopCode`] as number) : null;
  const figure = (key: string): WageFigure => {
    const value = w[key];
    const isTop = topCoded.has(key);
    return { value: typeof value === 'number' && !isTop ? value : null, topCoded: isTop, atLeast: isTop ? topCode : null };
  };
  return Object.fromEntries(Object.entries(STATS).map(([field, suffix]) => [field, figure(`${period}${suffix}`)])) as unknown as WageDistribution;
}

@Resolver(() => WageStatistic)
export class WageStatisticResolver {
  @FieldResolver(() => WageDistribution, { description: 'Annual wages, USD.' })
  annual(@Root() w: Entity) {
    return distribution(w, 'annual');
  }

  @FieldResolver(() => WageDistribution, { description: 'Hourly wages, USD.' })
  hourly(@Root() w: Entity) {
    return distribution(w, 'hourly');
  }

  @FieldResolver(() => DataSourceConnection)
  sources(@Root() w: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('WageStatistic.sources', w.id, args);
  }
}
