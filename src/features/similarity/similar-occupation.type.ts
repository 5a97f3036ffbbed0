import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import type { SharedSkill } from './shared-skill.type';
import { SimilarityComponents } from './similarity-components.type';

/** `node` and `sharedSkills` are field resolvers (similar-occupation.resolver.ts). */
@ObjectType('SimilarOccupationEdge', { simpleResolvers: true, description: 'A similar occupation (`node`): its rank, similarity and its parts.' })
export class SimilarOccupationEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Int, { description: '1 for the most similar.' })
  rank!: number;

  occupationId!: string;

  @Field(() => Float, { description: 'Σ w·part / Σ w over the parts both occupations have (README "similarOccupations"), 0 to 1; symmetric.' })
  similarity!: number;

  @Field(() => SimilarityComponents, { description: 'The parts the similarity is made of.' })
  components!: SimilarityComponents;

  @Field(() => Float, { description: 'Σ min(weights) over the important skills both require (weight: importance / 5).' })
  sharedWeight!: number;

  sharedSkills!: SharedSkill[];
}

/** `nodes` is a field resolver (similar-occupation-connection.resolver.ts). */
@ObjectType('SimilarOccupationConnection', { simpleResolvers: true, description: 'A page of similar occupations, most similar first, then by id.' })
export class SimilarOccupationConnection {
  @Field(() => [SimilarOccupationEdge], { description: 'Most similar first, then by id.' })
  edges!: SimilarOccupationEdge[];

  @Field(() => Int, { description: 'Similar occupations in the whole list, across all pages.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
