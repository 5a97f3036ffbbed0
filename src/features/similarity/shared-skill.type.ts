import { Field, Float, ObjectType } from 'type-graphql';

/** `skill` is a field resolver (shared-skill.resolver.ts), from `skillId`. */
@ObjectType('SharedSkill', { simpleResolvers: true, description: "A requirement both occupations have, with each one's weight." })
export class SharedSkill {
  skillId!: string;

  @Field(() => Float, { description: 'Requirement weight for the occupation asked about.' })
  weightHere!: number;

  @Field(() => Float, { description: 'Requirement weight for the similar occupation.' })
  weightThere!: number;
}
