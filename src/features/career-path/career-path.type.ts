import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Certification } from '../profile/certification.type';
import { RoleMove } from '../profile/enums';
import { Skill } from '../profile/skill.type';

@ObjectType('CareerStep', { simpleResolvers: true, description: 'One move on a career path, and what it asks that the previous stop did not.' })
export class CareerStep {
  @Field(() => NodeInterface)
  from!: object;

  @Field(() => NodeInterface)
  to!: object;

  @Field(() => String, { description: 'The relationship walked: ADVANCES_TO, HAS_ROLE, RELATED_TO or MAPS_TO.' })
  via!: string;

  @Field(() => RoleMove, { nullable: true })
  move?: RoleMove;

  @Field(() => Float, { nullable: true, description: 'Relatedness weight of a RELATED_TO step (O*NET tier).' })
  weight?: number;

  @Field(() => [Skill], { description: 'Skills `to` needs that `from` does not.' })
  missingSkills!: object[];

  @Field(() => [Certification], { description: 'Certifications `to` requires that `from` does not.' })
  requiredCertifications!: object[];

  @Field(() => Float, { description: '1 + missing skills + new required certifications (+ 1 − weight for a RELATED_TO step).' })
  cost!: number;
}

@ObjectType('CareerPath', { simpleResolvers: true })
export class CareerPath {
  @Field(() => Float, { description: "Sum of the steps' costs; paths are ranked by it." })
  cost!: number;

  @Field(() => Int)
  length!: number;

  @Field(() => [NodeInterface], { description: 'Every stop, from start to end.' })
  nodes!: object[];

  @Field(() => [CareerStep])
  steps!: CareerStep[];
}
