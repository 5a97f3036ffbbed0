import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('GrowthArea', { simpleResolvers: true, implements: NodeInterface, description: 'A trend that drives demand for occupations.' })
export class GrowthArea extends NodeInterface {}

@ObjectType('GrowthAreaEdge', { simpleResolvers: true })
export class GrowthAreaEdge extends EdgeType(() => GrowthArea) {}

@ObjectType('GrowthAreaConnection', { simpleResolvers: true })
export class GrowthAreaConnection extends ConnectionType(GrowthAreaEdge, () => GrowthArea) {}

@ObjectType('Trait', { simpleResolvers: true, implements: NodeInterface, description: 'A trait of the people an occupation suits.' })
export class Trait extends NodeInterface {}

@ObjectType('TraitEdge', { simpleResolvers: true })
export class TraitEdge extends EdgeType(() => Trait) {}

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
