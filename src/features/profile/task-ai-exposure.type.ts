import { Field, Float, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.type';

@ObjectType('TaskAIExposure', { simpleResolvers: true, description: "A task's labels from the GPTs-are-GPTs study, as published." })
export class TaskAIExposure {
  @Field(() => String, {
    nullable: true,
    description: "Human annotators' exposure label: E0 none, E1 an LLM alone halves the time, E2 with LLM-powered software.",
  })
  humanExposure!: string | null;

  @Field(() => String, { nullable: true, description: "GPT-4's exposure label (E0, E1, E2)." })
  gpt4Exposure!: string | null;

  @Field(() => String, { nullable: true, description: "GPT-4's label under the study's alternative rubric." })
  gpt4ExposureAltRubric!: string | null;

  @Field(() => String, { nullable: true, description: "GPT-4's automation level, T0 (none) to T4 (full)." })
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
