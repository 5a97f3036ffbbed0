import neo4j, { type Driver } from 'neo4j-driver';
import { joinMultiChunkMessages } from '../../src/store/neo4j/bolt-messages';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';

/**
 * The driver reads a message of many Bolt chunks from one joined buffer (bolt-messages.ts): it
 * must take for the pinned driver, and what comes back must be exactly what was sent, strings
 * cut by chunk boundaries in the middle of a multi-byte character included.
 */
describeNeo4j('Bolt messages over many chunks', () => {
  let driver: Driver;
  beforeAll(() => {
    expect(joinMultiChunkMessages()).toBe(true);
    const settings = neo4jSettings();
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  });
  afterAll(() => driver.close());

  it('is the layout the pinned neo4j-driver has (an upgrade that moves it fails here)', () => {
    expect(joinMultiChunkMessages()).toBe(true);
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
});
