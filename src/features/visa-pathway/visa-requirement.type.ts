import { Field, Int, ObjectType } from 'type-graphql';
import { VisaRequirementTarget } from '../profile/visa.type';

@ObjectType('VisaRequirementOption', { simpleResolvers: true, description: 'One way to meet a requirement group.' })
export class VisaRequirementOption {
  @Field(() => VisaRequirementTarget)
  requirement!: object;

  @Field(() => Boolean)
  orHigher!: boolean;

  @Field(() => Int)
  minYearsExperience!: number;

  @Field(() => Boolean, { description: "The occupation's own education path gives this education level (or higher)." })
  educationMet!: boolean;

  @Field(() => Boolean, { description: 'Met by the education path alone: education met and no experience or labour certification needed.' })
  metByEducationPath!: boolean;

  @Field(() => String, { description: 'What else it takes.' })
  note!: string;
}

@ObjectType('VisaRequirementGroup', { simpleResolvers: true, description: 'Alternatives: meeting any one option meets the group.' })
export class VisaRequirementGroup {
  @Field(() => Int)
  group!: number;

  @Field(() => Boolean)
  metByEducationPath!: boolean;

  @Field(() => [VisaRequirementOption])
  options!: VisaRequirementOption[];
}
