import 'reflect-metadata';
import { isAbstractType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { OccupationResolver } from '../features/occupation/occupation.resolver';
import { NodeResolver } from '../features/node/node.resolver';
import { TaskResolver } from '../features/profile/task.resolver';
import { SearchResolver } from '../features/search/search.resolver';
import { AutomationResolver } from '../features/automation/automation.resolver';
import { CareerPathResolver } from '../features/career-path/career-path.resolver';
import { SkillGapResolver } from '../features/skill-gap/skill-gap.resolver';
import { UpskillingResolver } from '../features/upskilling/upskilling.resolver';
import { VisaPathwayResolver } from '../features/visa-pathway/visa-pathway.resolver';
import { ExplanationPathResolver } from '../features/recommend/explanation-path.resolver';
import { MatchedSkillResolver } from '../features/recommend/matched-skill.resolver';
import { RecommendationConnectionResolver } from '../features/recommend/recommendation-connection.resolver';
import { RecommendationEdgeResolver } from '../features/recommend/recommendation-edge.resolver';
import { RecommendResolver } from '../features/recommend/recommend.resolver';
import { ResolvedSkillInputResolver } from '../features/recommend/resolved-skill-input.resolver';
import { GraphExportResolver } from '../features/export/graph-export.resolver';
import { ExportNodeConnectionResolver } from '../features/export/export-node-connection.resolver';
import { ExportEdgeConnectionResolver } from '../features/export/export-edge-connection.resolver';
import { SimilarityResolver } from '../features/similarity/similarity.resolver';
import { SimilarOccupationConnectionResolver } from '../features/similarity/similar-occupation-connection.resolver';
import { SimilarOccupationResolver } from '../features/similarity/similar-occupation.resolver';
import { SharedSkillResolver } from '../features/similarity/shared-skill.resolver';
import * as nodeTypes from './node-types';
import { nodeTypeName } from '../features/graph/entity';
import { plainRelationshipResolvers, relationshipResolvers } from '../features/graph/relationship-resolvers';
import { WageStatisticResolver } from '../features/profile/wage.resolver';

export const RESOLVERS = [
  OccupationResolver,
  NodeResolver,
  SearchResolver,
  TaskResolver,
  UpskillingResolver,
  CareerPathResolver,
  SkillGapResolver,
  AutomationResolver,
  VisaPathwayResolver,
  RecommendResolver,
  RecommendationConnectionResolver,
  RecommendationEdgeResolver,
  MatchedSkillResolver,
  ExplanationPathResolver,
  ResolvedSkillInputResolver,
  SimilarityResolver,
  SimilarOccupationConnectionResolver,
  SimilarOccupationResolver,
  SharedSkillResolver,
  GraphExportResolver,
  ExportNodeConnectionResolver,
  ExportEdgeConnectionResolver,
  WageStatisticResolver,
  // One per node type with relationship fields, made from RELATIONSHIP_FIELDS.
  ...relationshipResolvers(nodeTypes),
] as const;

/** The executable schema; the same call emits `schema/schema.graphql` (see scripts/emit-schema.ts). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Every node type must be in the schema for `node(id:)`, even one no field returns yet.
    orphanedTypes: Object.values(nodeTypes),
    // Root fields validate their arguments with class-validator (@Args({ validate: true })).
    // Nested connection arguments are checked by pageWindow instead: class-validator on each of
    // a full profile's ~100 nested lists doubled its latency (bench/RESULTS.md).
    validate: false,
  });
  // type-graphql wraps each resolveType in an async function: a promise per union or interface
  // value, which graphql-js awaits and graphql-jit cannot (it needs the type at once). Every
  // abstract type here resolves by the node's label, synchronously.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = nodeTypeName;
  }
  plainRelationshipResolvers(schema);
  return schema;
}
