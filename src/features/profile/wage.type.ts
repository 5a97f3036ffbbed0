import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('WageStatistic', { simpleResolvers: true, implements: NodeInterface, description: 'Published wages and employment of an occupation (BLS OEWS).' })
export class WageStatistic extends NodeInterface {
  @Field(() => Int, { description: 'The survey year.' })
  year!: number;

  @Field(() => String, { description: 'The reference period, e.g. May 2021.' })
  period!: string;

  @Field(() => String, { description: 'The SOC code BLS published the figures under.' })
  publishedCode!: string;

  @Field(() => String)
  publishedTitle!: string;

  @Field(() => Boolean, { description: "BLS publishes this occupation only within a broader group (29-2011 within 29-2010), so the figures are the group's." })
  aggregated!: boolean;

  @Field(() => Int, { nullable: true, description: 'Employment; null when not published.' })
  employment?: number;

  @Field(() => Boolean, { description: 'Only hourly wages are published (annual figures are null).' })
  hourlyOnly!: boolean;

  @Field(() => Boolean, { description: 'Only annual wages are published (hourly figures are null).' })
  annualOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the figures come from, e.g. BLS OEWS May 2021.' })
  source?: string;
}
