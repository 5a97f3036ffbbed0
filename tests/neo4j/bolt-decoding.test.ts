import neo4j, { type Driver } from 'neo4j-driver';
import { fastBoltDecoding } from '../../src/store/neo4j/bolt-decoding';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';

/**
 * The driver's decoding, made faster (bolt-decoding.ts): both changes must take for the pinned
 * driver, and what comes back must be exactly what was sent, strings cut by chunk boundaries in
 * the middle of a multi-byte character and a map key `__proto__` included.
 */
describeNeo4j('Bolt decoding', () => {
  let driver: Driver;
  beforeAll(() => {
    fastBoltDecoding();
    const settings = neo4jSettings();
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  });
  afterAll(() => driver.close());

  it('takes on the pinned neo4j-driver (an upgrade that moves its files fails here)', () => {
    expect(fastBoltDecoding()).toEqual({ joinedChunks: true, plainMaps: true });
  });

  it('returns a 450 KB row of strings of 1-4-byte characters, ints and nested maps exactly as sent', async () => {
    // Lengths that are not multiples of anything, so characters land across chunk boundaries.
    const pieces = ['a', 'é', '職業', '🚀', 'Ω'];
    const strings = Array.from({ length: 6000 }, (_, i) => pieces[i % 5].repeat(1 + (i % 37)) + `#${i}`);
    const value = { strings, nested: strings.slice(0, 500).map((s, i) => ({ s, i: neo4j.int(i), list: [s, i / 3] })) };
    const { records } = await driver.executeQuery('RETURN $value AS value', { value });
    const back = records[0].get('value') as { strings: string[]; nested: Array<{ s: string; i: { toNumber(): number }; list: unknown[] }> };
    expect(Buffer.byteLength(JSON.stringify(back))).toBeGreaterThan(450_000);
    expect(back.strings).toEqual(strings);
    expect(back.nested.map((n) => [n.s, n.i.toNumber(), n.list])).toEqual(strings.slice(0, 500).map((s, i) => [s, i, [s, i / 3]]));
  });

  it('keeps a map key "__proto__" an own key, never the prototype', async () => {
    const { records } = await driver.executeQuery("RETURN {`__proto__`: {polluted: true}, constructor: 'c', plain: 1} AS m");
    const m = records[0].get('m') as Record<string, unknown>;
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.keys(m).sort()).toEqual(['__proto__', 'constructor', 'plain']);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toEqual({ polluted: true });
    expect((m as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
