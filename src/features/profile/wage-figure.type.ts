import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('WageFigure', {
  simpleResolvers: true,
  description: 'One published wage figure. BLS top-codes the highest wages: then `value` is null and `atLeast` holds the top code.',
})
export class WageFigure {
  @Field(() => Float, { nullable: true, description: 'The amount; null when BLS did not publish it or top-coded it.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'The figure is at or above the top code (`#` in OEWS): a lower bound, not a number.' })
  topCoded!: boolean;

  @Field(() => Float, { nullable: true, description: 'When top-coded: the top code, so the figure is at least this.' })
  atLeast!: number | null;
}
