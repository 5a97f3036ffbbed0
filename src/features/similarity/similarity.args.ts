import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { Matches } from 'class-validator';
import { OCCUPATION_CODE_PATTERN } from '../../model/ids';
import { PageArgs } from '../common/pagination';
import { MAX_SIMILAR } from './similarity.service';

export enum RelatednessTier {
  PRIMARY_SHORT = 'PRIMARY_SHORT',
  PRIMARY_LONG = 'PRIMARY_LONG',
  SUPPLEMENTAL = 'SUPPLEMENTAL',
}
registerEnumType(RelatednessTier, { name: 'RelatednessTier', description: 'O*NET relatedness tiers, most related first.' });

const CODE_MESSAGE = 'code must be a SOC code such as 29-2011 or an O*NET-SOC code such as 29-2011.01';

@ArgsType()
export class RelatedOccupationsArgs extends PageArgs {
  @Field(() => String, { description: 'SOC or O*NET-SOC code.' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => RelatednessTier, { nullable: true, description: 'Only this tier (default: all, best tier first).' })
  tier?: RelatednessTier;
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
