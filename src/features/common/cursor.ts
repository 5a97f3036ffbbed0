import { createHash, createHmac } from 'node:crypto';
import { BadUserInputError } from '../../shared/errors';

/**
 * Keyset cursors. A cursor names the last item of a page by its sort key (never by its
 * position), the list it belongs to, and a signature over both: an HMAC with CURSOR_SECRET, so
 * a cursor not made by this API (edited, truncated, forged) is a clear error rather than a
 * silently wrong page; the scope does the same for a cursor passed to another list. Nothing
 * is kept on the server, so any replica with the same secret continues any cursor.
 */
const VERSION = 3;

let secret = 'careergraph-development-cursor-secret';

/** The key cursors are signed with (CURSOR_SECRET); set once at start. */
export function setCursorSecret(value: string): void {
  secret = value;
}

export type CursorKey = ReadonlyArray<string | number>;

interface Payload {
  v: number;
  s: string;
  k: CursorKey;
  c: string;
}

/** A short stable digest of what identifies a list: field, parent, arguments other than paging. */
export function cursorScope(...parts: unknown[]): string {
  return digest(JSON.stringify(parts)).slice(0, 12);
}

/**
 * A list's scope, or how to work it out: a nested list whose cursors are never asked for nor
 * passed (most of them: a full profile has ~100) then never pays for the digest.
 */
export type Scope = string | (() => string);

/** cursorScope(...parts), taken at most once and only when a cursor is made or read. */
export function lazyScope(...parts: unknown[]): () => string {
  let scope: string | undefined;
  return () => (scope ??= cursorScope(...parts));
}

function scopeText(scope: Scope): string {
  return typeof scope === 'function' ? scope() : scope;
}

export function encodeCursor(listScope: Scope, key: CursorKey): string {
  const scope = scopeText(listScope);
  const payload: Payload = { v: VERSION, s: scope, k: key, c: checksum(scope, key) };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** The key a cursor names, or BAD_USER_INPUT on `argumentName` saying what is wrong with it. */
export function decodeCursor(cursor: string, listScope: Scope, argumentName = 'after'): CursorKey {
  const payload = parse(cursor);
  if (!payload) throw new BadUserInputError(argumentName, 'is not a cursor returned by this API (pass back a `cursor` or `endCursor` unchanged)');
  if (payload.v !== VERSION) {
    throw new BadUserInputError(argumentName, 'is a cursor from an older version of this API; start again without `after`');
  }
  if (payload.c !== checksum(payload.s, payload.k)) {
    throw new BadUserInputError(argumentName, 'was not made by this API, or has been altered: cursors are opaque, pass them back unchanged');
  }
  if (payload.s !== scopeText(listScope)) {
    throw new BadUserInputError(argumentName, 'belongs to a different list (another field, parent or arguments); start again without `after`');
  }
  return payload.k;
}

function parse(cursor: string): Payload | null {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const p = value as Record<string, unknown>;
    const keyOk = Array.isArray(p.k) && p.k.every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
    if (typeof p.v !== 'number' || typeof p.s !== 'string' || typeof p.c !== 'string' || !keyOk) {
      // An old offset cursor ("cursor:v1:<n>") is not JSON: report it as old, not as garbage.
      return null;
    }
    return p as unknown as Payload;
  } catch {
    return Buffer.from(cursor, 'base64url').toString('utf8').startsWith('cursor:v1:') ? { v: 1, s: '', k: [], c: '' } : null;
  }
}

function checksum(scope: string, key: CursorKey): string {
  return createHmac('sha256', secret)
    .update(`${scope}|${JSON.stringify(key)}`)
    .digest('base64url')
    .slice(0, 22);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
