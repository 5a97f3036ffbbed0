import { Field, Float, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Certification } from '../profile/certification.type';
import { SkillNeed } from '../upskilling/skill-need.type';

@ObjectType('SkillGap', { simpleResolvers: true, description: 'What `to` asks that `from` does not, and what they share.' })
export class SkillGap {
  @Field(() => NodeInterface)
  from!: object;

  @Field(() => NodeInterface)
  to!: object;

  @Field(() => [SkillNeed], { description: "Skills `to` needs that `from` does not, in `to`'s order (importance where rated)." })
  missingSkills!: SkillNeed[];

  @Field(() => [SkillNeed], { description: "Skills both need, with `to`'s importance." })
  sharedSkills!: SkillNeed[];

  @Field(() => [Certification])
  missingCertifications!: object[];

  @Field(() => [Certification])
  sharedCertifications!: object[];

  @Field(() => Float, { description: "Share of `to`'s skills that `from` already needs, 0 to 1 (1 when `to` lists none)." })
  coverage!: number;
}
