import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('GrowthArea', { implements: NodeInterface, description: 'A trend that drives demand for occupations.' })
export class GrowthArea extends NodeInterface {}

@ObjectType('GrowthAreaEdge')
export class GrowthAreaEdge extends EdgeType(() => GrowthArea) {}

@ObjectType('GrowthAreaConnection')
export class GrowthAreaConnection extends ConnectionType(GrowthAreaEdge, () => GrowthArea) {}

@ObjectType('Trait', { implements: NodeInterface, description: 'A trait of the people an occupation suits.' })
export class Trait extends NodeInterface {}

@ObjectType('TraitEdge')
export class TraitEdge extends EdgeType(() => Trait) {}

@ObjectType('TraitConnection')
export class TraitConnection extends ConnectionType(TraitEdge, () => Trait) {}

@ObjectType('DataSource', { implements: NodeInterface, description: 'Where facts come from.' })
export class DataSource extends NodeInterface {
  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => [String], { description: 'Kinds of fact taken from it: salary, outlook, visa, ...' })
  covers!: string[];
}

@ObjectType('DataSourceEdge')
export class DataSourceEdge extends EdgeType(() => DataSource) {}

@ObjectType('DataSourceConnection')
export class DataSourceConnection extends ConnectionType(DataSourceEdge, () => DataSource) {}
