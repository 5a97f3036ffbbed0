import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { CareerPath } from './career-path.type';

@ObjectType('CareerPathEdge', { simpleResolvers: true, description: 'A path (`node`) and its rank.' })
export class CareerPathEdge extends EdgeType(() => CareerPath) {
  @Field(() => Int, { description: '1 for the cheapest.' })
  rank!: number;
}

@ObjectType('CareerPathConnection', { simpleResolvers: true, description: "A page of paths, cheapest first, then fewer steps, then by the stops' ids." })
export class CareerPathConnection extends ConnectionType(CareerPathEdge, () => CareerPath) {}
