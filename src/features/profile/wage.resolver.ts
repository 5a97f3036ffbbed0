import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Entity } from '../graph/entity';
import { WageDistribution } from './wage-distribution.type';
import type { WageFigure } from './wage-figure.type';
import { WageStatistic } from './wage.type';

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

/** WageStatistic's computed fields; its relationship fields are made from RELATIONSHIP_FIELDS. */
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
}
