import { createUnionType, Field, ObjectType } from 'type-graphql';
import { nodeTypeName } from '../graph/entity';
import { NodeInterface } from '../node/node.interface';
import { EducationLevel } from './education.type';
import { LaborCertification } from './labor-certification.type';

@ObjectType('Visa', { simpleResolvers: true, implements: NodeInterface })
export class Visa extends NodeInterface {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  details!: string;

  @Field(() => Boolean)
  employerSponsored!: boolean;
}

export const VisaRequirementTarget = createUnionType({
  name: 'VisaRequirementTarget',
  types: () => [EducationLevel, LaborCertification] as const,
  resolveType: nodeTypeName,
});
