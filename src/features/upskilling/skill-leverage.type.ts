import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { Qualification } from './qualification.type';

@ObjectType('SkillLeverageEdge', { simpleResolvers: true, description: 'One skill or certification (`node`) and the targets it is needed for.' })
export class SkillLeverageEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Int, { description: '1 for the one that opens the most.' })
  rank!: number;

  @Field(() => Qualification)
  node!: object;

  @Field(() => Int, { description: 'How many upskilling targets need it.' })
  opensCount!: number;

  @Field(() => [NodeInterface])
  opens!: object[];
}

@ObjectType('SkillLeverageConnection', {
  simpleResolvers: true,
  description: 'A page of skills and certifications, those opening the most targets first, then by name and id.',
})
export class SkillLeverageConnection {
  @Field(() => [SkillLeverageEdge])
  edges!: SkillLeverageEdge[];

  @Field(() => [Qualification], { description: "The edges' nodes, for clients that need no edge data." })
  nodes!: object[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Skills and certifications in the whole list, across all pages.' })
  totalCount!: number;
}
