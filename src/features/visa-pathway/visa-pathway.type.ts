import { Field, ObjectType } from 'type-graphql';
import { EducationLevel } from '../profile/education.type';
import { Visa } from '../profile/visa.type';
import { VisaRequirementGroup } from './visa-requirement.type';

@ObjectType('VisaPathway', { simpleResolvers: true })
export class VisaPathway {
  @Field(() => Visa)
  visa!: object;

  @Field(() => [VisaRequirementGroup], { description: 'Every group must be met.' })
  requirementGroups!: VisaRequirementGroup[];

  @Field(() => Boolean, { description: 'The education path alone meets every group.' })
  metByEducationPath!: boolean;

  @Field(() => EducationLevel, { nullable: true, description: "The highest level the occupation's education path reaches." })
  educationReached!: object | null;
}
