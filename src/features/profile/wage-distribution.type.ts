import { Field, ObjectType } from 'type-graphql';
import { WageFigure } from './wage-figure.type';

@ObjectType('WageDistribution', { simpleResolvers: true, description: 'Mean and percentiles of annual or hourly wages.' })
export class WageDistribution {
  @Field(() => WageFigure)
  mean!: WageFigure;

  @Field(() => WageFigure)
  p10!: WageFigure;

  @Field(() => WageFigure)
  p25!: WageFigure;

  @Field(() => WageFigure)
  median!: WageFigure;

  @Field(() => WageFigure)
  p75!: WageFigure;

  @Field(() => WageFigure)
  p90!: WageFigure;
}
