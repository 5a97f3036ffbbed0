import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import { Trait, TraitConnection } from './simple.type';

@Resolver(() => Trait)
export class TraitResolver {
  @FieldResolver(() => TraitConnection, { description: 'For a curated trait: the O*NET work style it is (curated mapping).' })
  workStyles(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Trait.workStyles', t.id, args);
  }

  @FieldResolver(() => TraitConnection, { description: 'For an O*NET work style: the curated traits that name it.' })
  curatedTraits(@Root() t: Entity, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.graph.field('Trait.curatedTraits', t.id, args);
  }
}
