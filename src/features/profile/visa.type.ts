import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { nodeTypeName } from '../graph/entity';
import { NodeInterface } from '../node/node.interface';
import { EducationLevel } from './education.type';

@ObjectType('Visa', { simpleResolvers: true, implements: NodeInterface })
export class Visa extends NodeInterface {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  details!: string;

  @Field(() => Boolean)
  employerSponsored!: boolean;
}

@ObjectType('VisaEdge', { simpleResolvers: true })
export class VisaEdge extends EdgeType(() => Visa) {}

@ObjectType('VisaConnection', { simpleResolvers: true })
export class VisaConnection extends ConnectionType(VisaEdge, () => Visa) {}

@ObjectType('LaborCertification', { simpleResolvers: true, implements: NodeInterface, description: 'A labour certification, such as PERM.' })
export class LaborCertification extends NodeInterface {
  @Field(() => String)
  description!: string;
}

export const VisaRequirementTarget = createUnionType({
  name: 'VisaRequirementTarget',
  types: () => [EducationLevel, LaborCertification] as const,
  resolveType: nodeTypeName,
});

@ObjectType('VisaRequirementEdge', {
  simpleResolvers: true,
  description: 'One requirement of a visa. Requirements sharing a `group` are alternatives; every group must be met.',
})
export class VisaRequirementEdge extends EdgeType(() => VisaRequirementTarget) {
  @Field(() => Int)
  group!: number;

  @Field(() => Boolean, { description: 'For an education level: that level or a higher one.' })
  orHigher!: boolean;

  @Field(() => Int)
  minYearsExperience!: number;
}

@ObjectType('VisaRequirementConnection', { simpleResolvers: true })
export class VisaRequirementConnection extends ConnectionType(VisaRequirementEdge, () => VisaRequirementTarget) {}
