import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { BadUserInputError } from '../../shared/errors';
import { decodeCursor, type CursorKey } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from a previous page).' })
  @IsOptional()
  after?: string;
}

/** A keyset page request: how many, and the sort key of the item to continue after. */
export interface PageRequest {
  limit: number;
  after: CursorKey | null;
}

/** `first` and `after` checked; `scope` (see cursorScope) ties the cursor to its list. */
export function pageRequest(args: PageArgs, scope: string, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): PageRequest {
  const limit = args.first ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new BadUserInputError('first', `must be between 1 and ${max}, got ${limit}`);
  }
  if (args.after === undefined || args.after === null) return { limit, after: null };
  return { limit, after: decodeCursor(args.after, scope) };
}
