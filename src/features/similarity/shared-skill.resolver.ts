import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Skill } from '../profile/skill.type';
import { SharedSkill } from './shared-skill.type';

@Resolver(() => SharedSkill)
export class SharedSkillResolver {
  @FieldResolver(() => Skill)
  skill(@Root() s: SharedSkill, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(s.skillId);
  }
}
