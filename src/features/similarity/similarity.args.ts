import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { Matches } from 'class-validator';
import { OCCUPATION_CODE_PATTERN, OCCUPATION_CODE_RULE } from '../../model/ids';
import { stringEnum } from '../../shared/string-enum';
import { PageArgs } from '../common/pagination';
import { MAX_SIMILAR, TIERS, type Tier } from './similarity.service';

export const RelatednessTier = stringEnum(TIERS);
registerEnumType(RelatednessTier, { name: 'RelatednessTier', description: 'O*NET relatedness tiers, most related first.' });

const CODE_MESSAGE = `code ${OCCUPATION_CODE_RULE}`;

@ArgsType()
export class RelatedOccupationsArgs extends PageArgs {
  @Field(() => String, { description: 'SOC or O*NET-SOC code.' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => RelatednessTier, { nullable: true, description: 'Only this tier (default: all, best tier first).' })
  tier?: Tier;
}

@ArgsType()
export class SimilarOccupationsArgs {
  @Field(() => String, { description: 'SOC or O*NET-SOC code.' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => Int, { nullable: true, description: `How many, 1 to ${MAX_SIMILAR} (default 10).` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}
