import { ArgsType, Field } from 'type-graphql';
import { Matches } from 'class-validator';
import { OCCUPATION_CODE_PATTERN } from '../../model/ids';

@ArgsType()
export class OccupationArgs {
  @Field(() => String, { description: 'SOC code (29-2011) or O*NET-SOC code (29-2011.00).' })
  @Matches(OCCUPATION_CODE_PATTERN, { message: 'code must be a SOC code such as 29-2011 or an O*NET-SOC code such as 29-2011.00' })
  code!: string;
}
