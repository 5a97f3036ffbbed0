import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SimilarityComponents', {
  simpleResolvers: true,
  description: 'Parts of a similarity, each 0 to 1; null where one occupation lacks the facts (weights: text 32, skills 4, interests 2, jobZone 2, soc 1).',
})
export class SimilarityComponents {
  @Field(() => Float, { nullable: true, description: 'Cosine of the TF-IDF vectors of title, alternate titles, description and task statements.' })
  text!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cosine of skill and knowledge importances, z-scored against the national means.' })
  skills!: number | null;

  @Field(() => Float, { nullable: true, description: "Cosine of the RIASEC interest scores, each centred on its occupation's mean." })
  interests!: number | null;

  @Field(() => Float, { nullable: true, description: '1 − |job zone difference| / 4.' })
  jobZone!: number | null;

  @Field(() => Float, { nullable: true, description: '1 same SOC code, 0.75 same broad group, 0.5 same minor group, 0.25 same major group.' })
  soc!: number | null;
}
