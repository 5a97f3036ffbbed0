import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DataFacet {
  SKILLS = 'SKILLS',
  KNOWLEDGE = 'KNOWLEDGE',
  TECHNOLOGIES = 'TECHNOLOGIES',
  TASKS = 'TASKS',
  TASK_AUTOMATION = 'TASK_AUTOMATION',
  EMERGING_TASKS = 'EMERGING_TASKS',
  WORK_STYLES = 'WORK_STYLES',
  INTERESTS = 'INTERESTS',
  EDUCATION = 'EDUCATION',
  EXPERIENCE = 'EXPERIENCE',
  TRAINING = 'TRAINING',
  RELATED_OCCUPATIONS = 'RELATED_OCCUPATIONS',
  WAGES = 'WAGES',
  OUTLOOK = 'OUTLOOK',
  AI_EXPOSURE = 'AI_EXPOSURE',
}
registerEnumType(DataFacet, { name: 'DataFacet', description: 'A kind of fact an occupation profile is made of.' });

@ObjectType('DataCoverage', {
  simpleResolvers: true,
  description: 'Whether the graph holds one kind of fact for an occupation, so an empty list is never silent.',
})
export class DataCoverage {
  @Field(() => DataFacet)
  facet!: DataFacet;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => Int, { description: 'How many facts of this kind the occupation has.' })
  count!: number;

  @Field(() => String, { nullable: true, description: 'When none: why, as far as the sources tell.' })
  note!: string | null;
}
