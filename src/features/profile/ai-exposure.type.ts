import { Field, Float, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { DataSource } from './simple.type';

@ObjectType('AIExposureScore', {
  simpleResolvers: true, implements: NodeInterface,
  description: 'An occupation\'s exposure to large language models as a study published it: α = share of tasks an LLM alone speeds up by half (E1), β = E1 + ½ E2 (E2: with LLM-powered software), γ = E1 + E2.',
})
export class AIExposureScore extends NodeInterface {
  @Field(() => Float, { nullable: true })
  humanAlpha?: number;

  @Field(() => Float, { nullable: true, description: 'The study\'s β from its human annotators\' labels: what careergraph\'s automation exposure is compared with.' })
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

@ObjectType('TaskAIExposure', { simpleResolvers: true, description: 'A task\'s labels from the GPTs-are-GPTs study, as published.' })
export class TaskAIExposure {
  @Field(() => String, { nullable: true, description: 'Human annotators\' exposure label: E0 none, E1 an LLM alone halves the time, E2 with LLM-powered software.' })
  humanExposure!: string | null;

  @Field(() => String, { nullable: true, description: 'GPT-4\'s exposure label (E0, E1, E2).' })
  gpt4Exposure!: string | null;

  @Field(() => String, { nullable: true, description: 'GPT-4\'s label under the study\'s alternative rubric.' })
  gpt4ExposureAltRubric!: string | null;

  @Field(() => String, { nullable: true, description: 'GPT-4\'s automation level, T0 (none) to T4 (full).' })
  gpt4Automation!: string | null;

  @Field(() => Boolean, { nullable: true })
  gpt3Relevant!: boolean | null;

  @Field(() => Float, { nullable: true })
  alpha!: number | null;

  @Field(() => Float, { nullable: true })
  beta!: number | null;

  @Field(() => Float, { nullable: true })
  gamma!: number | null;

  @Field(() => Float, { nullable: true })
  automation!: number | null;

  @Field(() => String, { nullable: true })
  humanLabels!: string | null;

  @Field(() => DataSource, { nullable: true })
  source!: unknown;
}
