import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Skill } from '../profile/skill.type';
import { ResolvedSkillInput } from './input-reading.type';

@Resolver(() => ResolvedSkillInput)
export class ResolvedSkillInputResolver {
  @FieldResolver(() => [Skill], { description: 'Empty when nothing matched (see `ignored`).' })
  async skills(@Root() r: ResolvedSkillInput, @Ctx() ctx: RequestContext) {
    return Promise.all(r.skillIds.map((id) => ctx.graph.node(id)));
  }
}
