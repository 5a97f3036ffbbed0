import { ArgsType, Field, Int } from 'type-graphql';

export const EXPORT_DEFAULT_PAGE = 100;
export const EXPORT_MAX_PAGE = 1000;

@ArgsType()
export class ExportPageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${EXPORT_MAX_PAGE} (default ${EXPORT_DEFAULT_PAGE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (from the same filter).' })
  after?: string;
}
