import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import { round4 } from '../recommend/scoring';
import { Occupation } from '../profile/occupation.type';
import { SharedSkill } from './shared-skill.type';
import { SimilarOccupationEdge } from './similar-occupation.type';

@Resolver(() => SimilarOccupationEdge)
export class SimilarOccupationResolver {
  @FieldResolver(() => Occupation, { description: 'The similar occupation.' })
  node(@Root() s: SimilarOccupationEdge, @Ctx() ctx: RequestContext) {
    return ctx.graph.node(s.occupationId);
  }

  @FieldResolver(() => [SharedSkill], { description: 'The shared requirements, heaviest shared weight first.' })
  sharedSkills(@Root() s: SimilarOccupationEdge, @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1 to 100.' }) first: number) {
    return s.sharedSkills
      .slice(0, checkFirst(first, MAX_PAGE_SIZE))
      .map((x) => ({ ...x, weightHere: round4(x.weightHere), weightThere: round4(x.weightThere) }));
  }
}
