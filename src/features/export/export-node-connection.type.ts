import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { ExportNode } from './export-node.type';

@ObjectType('ExportNodeEdge', { simpleResolvers: true })
export class ExportNodeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ExportNode)
  node!: ExportNode;
}

/** `totalCount` is a field resolver (export-node-connection.resolver.ts), from `filter`. */
@ObjectType('ExportNodeConnection', { simpleResolvers: true, description: 'Nodes in id order; keyset pages (a page costs the same wherever it starts).' })
export class ExportNodeConnection {
  @Field(() => [ExportNodeEdge])
  edges!: ExportNodeEdge[];

  @Field(() => [ExportNode])
  nodes!: ExportNode[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: readonly string[];
}
