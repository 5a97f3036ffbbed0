import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { GrowthCategory } from './enums';

@ObjectType('Outlook', { simpleResolvers: true, implements: NodeInterface, description: 'A projection of employment growth.' })
export class Outlook extends NodeInterface {
  @Field(() => Int)
  periodStart!: number;

  @Field(() => Int)
  periodEnd!: number;

  @Field(() => Float, { description: 'Projected employment growth over the period, in percent.' })
  growthPercent!: number;

  @Field(() => Boolean, { description: 'The source gives the rate as approximate ("about").' })
  approximate!: boolean;

  @Field(() => String, { nullable: true })
  comparison?: string;

  @Field(() => String, { nullable: true })
  demandDrivers?: string;

  @Field(() => [String])
  mainEmployers!: string[];

  @Field(() => String)
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Employment at the start of the period (BLS projections).' })
  employmentStart?: number;

  @Field(() => Int, { nullable: true, description: 'Projected employment at the end of the period.' })
  employmentEnd?: number;

  @Field(() => Int, { nullable: true, description: 'Projected change in jobs over the period.' })
  employmentChange?: number;

  @Field(() => Int, { nullable: true, description: 'Projected openings a year, on average over the period (growth and replacement).' })
  annualOpenings?: number;

  @Field(() => Int, { nullable: true, description: 'Median annual wage (USD) in `medianWageYear`.' })
  medianWage?: number;

  @Field(() => Int, { nullable: true })
  medianWageYear?: number;

  @Field(() => String, { nullable: true, description: 'Typical education needed for entry (BLS).' })
  entryEducation?: string;

  @Field(() => String, { nullable: true, description: 'Work experience in a related occupation (BLS).' })
  workExperience?: string;

  @Field(() => String, { nullable: true, description: 'Typical on-the-job training needed to attain competency (BLS).' })
  onTheJobTraining?: string;

  @Field(() => GrowthCategory, {
    nullable: true,
    description: "Growth against the average for all occupations, in the BLS Occupational Outlook Handbook's terms.",
  })
  growthCategory?: GrowthCategory;

  @Field(() => String, { nullable: true, description: 'The code BLS published the projection under.' })
  publishedCode?: string;

  @Field(() => String, { nullable: true })
  publishedTitle?: string;

  @Field(() => Boolean, { nullable: true, description: 'Published for a broader group than this occupation (29-2011 within 29-2010).' })
  aggregated?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the projection comes from, e.g. BLS Employment Projections 2022-32; null for a curated outlook.' })
  source?: string;
}
