import { Field, Float, InputType } from 'type-graphql';
import type { CandidateKind as Kind } from './recommend.model';
import { CandidateKind } from './recommend.types';

@InputType('HeldSkillInput', { description: 'A skill the person has.' })
export class HeldSkillInput {
  @Field(() => String, { description: "A skill id (skill:…) or a skill's exact name, any case; a name two skills share means both." })
  skill!: string;

  @Field(() => Float, { nullable: true, description: "How well, on O*NET's level scale 0 to 7; omitted means enough for any level." })
  level?: number | null;
}

@InputType('CareerProfileInput', { description: 'Who to recommend for: any of these; at least an occupation or one skill.' })
export class CareerProfileInput {
  @Field(() => String, { nullable: true, description: 'Current occupation: SOC code (29-2011) or O*NET-SOC code (29-2011.01).' })
  occupation?: string | null;

  @Field(() => [HeldSkillInput], { nullable: true, description: 'Skills held, at most 100.' })
  skills?: HeldSkillInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Years of work experience, 0 to 80.' })
  yearsOfExperience?: number | null;

  @Field(() => Float, { nullable: true, description: "Target annual salary (USD, the salary bands' currency)." })
  targetSalary?: number | null;

  @Field(() => [CandidateKind], { nullable: true, description: 'Only these kinds (default both).' })
  kinds?: Kind[] | null;
}
