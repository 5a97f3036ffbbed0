import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Skill } from '../profile/skill.type';
import { MatchedSkill } from './skill-match.type';

@Resolver(() => MatchedSkill)
export class MatchedSkillResolver {
  @FieldResolver(() => Skill)
  skill(@Root() m: MatchedSkill, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(m.skillId);
  }
}
