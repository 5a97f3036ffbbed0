import { ArgsType, Field } from 'type-graphql';
import { Matches } from 'class-validator';
import { OCCUPATION_CODE_PATTERN, OCCUPATION_CODE_RULE } from '../../model/ids';

@ArgsType()
export class OccupationArgs {
  @Field(() => String, { description: 'SOC code (29-2011) or O*NET-SOC code (29-2011.00).' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: `code ${OCCUPATION_CODE_RULE}` })
  code!: string;
}
