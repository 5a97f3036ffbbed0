import { Field, Float, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('AIExposureScore', {
  simpleResolvers: true,
  implements: NodeInterface,
  description:
    "An occupation's exposure to large language models as a study published it: α = share of tasks an LLM alone speeds up by half (E1), β = E1 + ½ E2 (E2: with LLM-powered software), γ = E1 + E2.",
})
export class AIExposureScore extends NodeInterface {
  @Field(() => Float, { nullable: true })
  humanAlpha?: number;

  @Field(() => Float, {
    nullable: true,
    description: "The study's β from its human annotators' labels: what careergraph's automation exposure is compared with.",
  })
  humanBeta?: number;

  @Field(() => Float, { nullable: true })
  humanGamma?: number;

  @Field(() => Float, { nullable: true })
  gpt4Alpha?: number;

  @Field(() => Float, { nullable: true })
  gpt4Beta?: number;

  @Field(() => Float, { nullable: true })
  gpt4Gamma?: number;

  @Field(() => String, { nullable: true })
  source?: string;
}
