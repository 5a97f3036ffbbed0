import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { BadUserInputError } from '../../shared/errors';
import { decodeCursor, type CursorKey, type Scope } from './cursor';

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

/** A page size: an integer from 1 to `max`, or BAD_USER_INPUT on `first`. */
export function checkFirst(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError('first', `must be between 1 and ${max}, got ${first}`);
  }
  return first;
}

/** `first` and `after` checked; `scope` (see cursorScope) ties the cursor to its list. */
export function pageRequest(args: PageArgs, scope: Scope, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): PageRequest {
  const limit = checkFirst(args.first ?? fallback, max);
  if (args.after === undefined || args.after === null) return { limit, after: null };
  return { limit, after: decodeCursor(args.after, scope) };
}
