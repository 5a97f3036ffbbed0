import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { NodeType } from '../profile/enums';

@ObjectType('ExportNode', { simpleResolvers: true, description: 'A node as stored: id, label and every property (search fields, derived at load, left out).' })
export class ExportNode {
  @Field(() => ID, {
    description:
      "`node|` and the node's id: unique across all types, so that client caches keyed by id (Relay, Apollo) keep the export's rows apart from the nodes they copy.",
  })
  id!: string;

  @Field(() => ID, { description: "The node's own id (as `node(id:)` takes it, and as ExportEdge `from` and `to` name it)." })
  nodeId!: string;

  @Field(() => NodeType)
  label!: string;

  @Field(() => GraphQLJSONObject)
  properties!: object;
}
