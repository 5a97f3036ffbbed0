import { TypedPlans } from '../../src/store/neo4j/typed-plans';

/** When the Neo4j store may use a typed plan statement (#13): only once warmed, each shape warmed once, and never more than the cap. */
describe('TypedPlans', () => {
  it('answers generic until the warm-up of a shape has finished, and warms each shape once', async () => {
    const warmed: string[] = [];
    const plans = new TypedPlans(async (text) => void warmed.push(text));
    expect(plans.use('a', 'A', {})).toBe(false);
    expect(plans.use('a', 'A', {})).toBe(false);
    await plans.settled();
    expect(plans.use('a', 'A', {})).toBe(true);
    expect(warmed).toEqual(['A']);
  });

  it('keeps a shape whose warm-up failed on the generic statement, without retrying', async () => {
    let calls = 0;
    const plans = new TypedPlans(async () => {
      calls++;
      throw new Error('Neo4j is down');
    });
    expect(plans.use('a', 'A', {})).toBe(false);
    await plans.settled();
    expect(plans.use('a', 'A', {})).toBe(false);
    await plans.settled();
    expect(calls).toBe(1);
  });

  it('warms at most `max` shapes, one at a time', async () => {
    let running = 0;
    let most = 0;
    const plans = new TypedPlans(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    }, 3);
    for (const shape of ['a', 'b', 'c', 'd', 'e']) plans.use(shape, shape, {});
    await plans.settled();
    expect(['a', 'b', 'c', 'd', 'e'].map((s) => plans.use(s, s, {}))).toEqual([true, true, true, false, false]);
    expect(most).toBe(1);
  });
});
