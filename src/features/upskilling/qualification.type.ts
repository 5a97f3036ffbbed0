import { createUnionType } from 'type-graphql';
import { nodeTypeName } from '../graph/entity';
import { Certification } from '../profile/certification.type';
import { Skill } from '../profile/skill.type';

export const Qualification = createUnionType({
  name: 'Qualification',
  types: () => [Skill, Certification] as const,
  resolveType: nodeTypeName,
});
