import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('GrowthArea', { simpleResolvers: true, implements: NodeInterface, description: 'A trend that drives demand for occupations.' })
export class GrowthArea extends NodeInterface {}

@ObjectType('GrowthAreaEdge', { simpleResolvers: true })
export class GrowthAreaEdge extends EdgeType(() => GrowthArea) {}

@ObjectType('GrowthAreaConnection', { simpleResolvers: true })
export class GrowthAreaConnection extends ConnectionType(GrowthAreaEdge, () => GrowthArea) {}

@ObjectType('Trait', { simpleResolvers: true, implements: NodeInterface, description: 'A trait of the people an occupation suits: curated, or an O*NET work style.' })
export class Trait extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'WORK_STYLE for O*NET work styles; null for a curated trait.' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'O*NET content-model element id of a work style (1.C.5.b).' })
  elementId?: string;

  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType('TraitEdge', { simpleResolvers: true })
export class TraitEdge extends EdgeType(() => Trait) {
  @Field(() => Float, { nullable: true, description: 'O*NET work-style importance for the occupation, 1 to 5.' })
  importance?: number;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the importance is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the link comes from, e.g. O*NET 29.3; null when curated.' })
  source?: string;
}

@ObjectType('TraitConnection', { simpleResolvers: true })
export class TraitConnection extends ConnectionType(TraitEdge, () => Trait) {}

@ObjectType('DataSource', { simpleResolvers: true, implements: NodeInterface, description: 'Where facts come from.' })
export class DataSource extends NodeInterface {
  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => [String], { description: 'Kinds of fact taken from it: salary, outlook, visa, ...' })
  covers!: string[];

  @Field(() => String, { nullable: true })
  license?: string;

  @Field(() => String, { nullable: true, description: 'The attribution its licence requires.' })
  attribution?: string;

  @Field(() => String, { nullable: true, description: 'For a published data set: its key across releases (onet, bls-oews, bls-ep, gpts-are-gpts).' })
  dataset?: string;

  @Field(() => String, { nullable: true, description: 'For a published data set: the release the facts come from (29.3, 2021).' })
  release?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Where the files were taken from, when not straight from the publisher.' })
  origin?: string;
}

@ObjectType('JobZone', { simpleResolvers: true, implements: NodeInterface, description: 'O*NET job zone: how much preparation an occupation needs.' })
export class JobZone extends NodeInterface {
  @Field(() => Int)
  zone!: number;

  @Field(() => String, { nullable: true })
  experience?: string;

  @Field(() => String, { nullable: true })
  education?: string;

  @Field(() => String, { nullable: true })
  jobTraining?: string;

  @Field(() => String, { nullable: true })
  examples?: string;

  @Field(() => String, { nullable: true })
  svpRange?: string;
}

@ObjectType('DataSourceEdge', { simpleResolvers: true })
export class DataSourceEdge extends EdgeType(() => DataSource) {}

@ObjectType('DataSourceConnection', { simpleResolvers: true })
export class DataSourceConnection extends ConnectionType(DataSourceEdge, () => DataSource) {}
