import { Field, ObjectType } from 'type-graphql';

@ObjectType('IgnoredInput', { simpleResolvers: true, description: 'Part of the input the graph did not know, left out of the answer.' })
export class IgnoredInput {
  @Field(() => String, { description: 'Where in the input, e.g. profile.skills[2].skill.' })
  field!: string;

  @Field(() => String)
  value!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ResolvedSkillInput', { simpleResolvers: true, description: 'How one profile skill entry was read.' })
export class ResolvedSkillInput {
  @Field(() => String)
  input!: string;

  skillIds!: string[];
}
