import { cursorScope, decodeCursor, encodeCursor, lazyScope, setCursorSecret } from '../../src/features/common/cursor';

/** Keyset cursors (src/features/common/cursor.ts): opaque, signed, tied to their list. */
describe('cursors', () => {
  const scope = cursorScope('tasks', 'occupation:29-2011', { automationLevel: 'HUMAN_CORE' });
  const payload = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const forge = (fields: object) => Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
  const refusal = (cursor: string, listScope = scope, argumentName?: string) => {
    try {
      decodeCursor(cursor, listScope, argumentName);
    } catch (error) {
      const e = error as { message: string; extensions: Record<string, unknown> };
      return { message: e.message, ...e.extensions };
    }
    throw new Error('the cursor was accepted');
  };

  it('gives back the key it was made with: strings and numbers, in order', () => {
    const key = [2, 'task:29-2011:a b', 0.5, ''];
    const cursor = encodeCursor(scope, key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, scope)).toEqual(key);
    // A lazy scope is the same scope, worked out once.
    const parts = ['tasks', 'occupation:29-2011', { automationLevel: 'HUMAN_CORE' }];
    const lazy = lazyScope(...parts);
    expect(lazy()).toBe(scope);
    expect(decodeCursor(encodeCursor(lazy, key), scope)).toEqual(key);
  });

  it('scopes a list by everything that identifies it, in order', () => {
    expect(scope).toHaveLength(12);
    expect(cursorScope('tasks', 'occupation:29-2011', { automationLevel: 'HUMAN_CORE' })).toBe(scope);
    expect(cursorScope('tasks', 'occupation:29-2012', { automationLevel: 'HUMAN_CORE' })).not.toBe(scope);
    expect(cursorScope('occupation:29-2011', 'tasks', { automationLevel: 'HUMAN_CORE' })).not.toBe(scope);
  });

  it('refuses a cursor of another list, naming the argument', () => {
    const other = encodeCursor(cursorScope('skills', 'occupation:29-2011'), [1, 'skill:a']);
    expect(refusal(other)).toEqual({
      message: 'Invalid argument "after": belongs to a different list (another field, parent or arguments); start again without `after`',
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
  });

  it('refuses an altered key, scope or signature', () => {
    const cursor = encodeCursor(scope, [2, 'task:a']);
    const altered = /was not made by this API, or has been altered/;
    expect(refusal(forge({ ...payload(cursor), k: [1, 'task:a'] })).message).toMatch(altered);
    expect(refusal(forge({ ...payload(cursor), s: cursorScope('other') })).message).toMatch(altered);
    const c: string = payload(cursor).c;
    expect(refusal(forge({ ...payload(cursor), c: `${c.slice(0, -1)}${c.endsWith('A') ? 'B' : 'A'}` })).message).toMatch(altered);
  });

  it('refuses a cursor signed with another secret', () => {
    const cursor = encodeCursor(scope, [2, 'task:a']);
    setCursorSecret('another replica, another secret');
    try {
      expect(refusal(cursor).message).toMatch(/was not made by this API, or has been altered/);
      expect(decodeCursor(encodeCursor(scope, [2, 'task:a']), scope)).toEqual([2, 'task:a']);
    } finally {
      setCursorSecret('careergraph-development-cursor-secret');
    }
  });

  it('refuses text that is not a cursor at all, under the argument named', () => {
    const cursor = encodeCursor(scope, [2, 'task:a']);
    const garbage = /is not a cursor returned by this API/;
    for (const bad of [
      '',
      'not a cursor!',
      cursor.slice(0, 20),
      'A'.repeat(4001),
      forge([1, 2]),
      forge({ v: 3, s: scope, k: [{}], c: 'x' }),
      forge({ v: 3, s: scope, k: [Infinity], c: 'x' }),
    ]) {
      expect(refusal(bad, scope, 'cursor')).toMatchObject({ message: expect.stringMatching(garbage), argumentName: 'cursor' });
    }
  });

  it('tells an older version of cursor apart: a v2 payload, or an offset cursor', () => {
    const older = /is a cursor from an older version of this API/;
    expect(refusal(forge({ ...payload(encodeCursor(scope, [1, 'a'])), v: 2 })).message).toMatch(older);
    expect(refusal(Buffer.from('cursor:v1:40').toString('base64url')).message).toMatch(older);
  });
});
