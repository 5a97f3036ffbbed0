import { Field, ObjectType } from 'type-graphql';
import { Requirement } from './enums';

/** On an edge to a certification: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class CertificationEdgeFields {
  @Field(() => Requirement, { nullable: true })
  requirement?: Requirement;
}
