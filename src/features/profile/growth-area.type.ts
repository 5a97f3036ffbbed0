import { ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('GrowthArea', { simpleResolvers: true, implements: NodeInterface, description: 'A trend that drives demand for occupations.' })
export class GrowthArea extends NodeInterface {}
