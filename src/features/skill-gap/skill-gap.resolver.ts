import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { SkillGapService } from './skill-gap.service';
import { SkillGap } from './skill-gap.type';

@Resolver()
export class SkillGapResolver {
  @Query(() => SkillGap, { description: 'Skills and certifications missing, and skills shared, between two roles or occupations.' })
  skillGap(
    @Arg('from', () => ID, { description: 'A role or occupation id, or a SOC code.' }) from: string,
    @Arg('to', () => ID, { description: 'A role or occupation id, or a SOC code.' }) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return new SkillGapService(ctx.graph).gap(from, to);
  }
}
