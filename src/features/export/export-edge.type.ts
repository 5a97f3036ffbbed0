import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RelationshipType } from './relationship-type';

@ObjectType('ExportEdge', { simpleResolvers: true, description: 'A relationship as stored. Relationships are unique per (type, from, to), so that is its id.' })
export class ExportEdge {
  @Field(() => ID, { description: '`type|from|to`: stable across loads and exports, and unique across all types.' })
  id!: string;

  @Field(() => RelationshipType)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => GraphQLJSONObject)
  properties!: object;
}
