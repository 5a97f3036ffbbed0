import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { UpskillingPath } from '../profile/upskilling-path.type';
import { Certification } from '../profile/certification.type';
import { SalaryBand } from '../profile/salary-band.type';
import { SkillNeed } from './skill-need.type';

@ObjectType('UpskillingOptionEdge', {
  simpleResolvers: true,
  description: 'A target (`node`) reachable by learning skills: its rank, score and what is missing.',
})
export class UpskillingOptionEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Int, { description: '1 for the closest.' })
  rank!: number;

  @Field(() => Float, { description: 'weight × (skills held + 1) / (skills needed + certifications needed + 1); higher is closer.' })
  score!: number;

  @Field(() => UpskillingPath, { nullable: true, description: 'The curated path, or null for a related occupation.' })
  path!: object | null;

  @Field(() => NodeInterface, { description: 'The role or occupation it leads to.' })
  node!: object;

  @Field(() => Float, { description: '1 for a curated path; the O*NET relatedness weight for a related occupation.' })
  weight!: number;

  @Field(() => [SkillNeed], { description: 'Skills on the path and those the target needs.' })
  skills!: SkillNeed[];

  @Field(() => [SkillNeed], { description: 'Of those, the ones not in `haveSkills`.' })
  missingSkills!: SkillNeed[];

  @Field(() => [Certification], { description: 'Certifications the target requires.' })
  certifications!: object[];

  @Field(() => [SalaryBand], { description: 'Pay at the target, where known.' })
  salaryBands!: object[];

  @Field(() => Float, { nullable: true, description: "The target's automation exposure (see automationExposure), where known." })
  automationExposure!: number | null;

  @Field(() => String)
  explanation!: string;
}

@ObjectType('UpskillingOptionConnection', { simpleResolvers: true, description: 'A page of upskilling options, best first: score, then top pay, name and id.' })
export class UpskillingOptionConnection {
  @Field(() => [UpskillingOptionEdge])
  edges!: UpskillingOptionEdge[];

  @Field(() => [NodeInterface], { description: "The edges' nodes (targets), for clients that need no edge data." })
  nodes!: object[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Options in the whole list, across all pages.' })
  totalCount!: number;
}
