import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { ExportEdge } from './export-edge.type';

@ObjectType('ExportEdgeEdge', { simpleResolvers: true })
export class ExportEdgeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ExportEdge)
  node!: ExportEdge;
}

/** `totalCount` is a field resolver (export-edge-connection.resolver.ts), from `filter`. */
@ObjectType('ExportEdgeConnection', { simpleResolvers: true, description: 'Relationships in (from, type, to) order; keyset pages.' })
export class ExportEdgeConnection {
  @Field(() => [ExportEdgeEdge])
  edges!: ExportEdgeEdge[];

  @Field(() => [ExportEdge])
  nodes!: ExportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: readonly string[];
}
