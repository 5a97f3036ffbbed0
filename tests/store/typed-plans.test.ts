import { TypedPlans } from '../../src/store/neo4j/typed-plans';

/** When the Neo4j store may use a typed plan statement (#13): only once warmed, each shape warmed once, after its second sighting, never more than the cap. */
describe('TypedPlans', () => {
  it('warms a shape the second time the generic statement answers it, and once only', async () => {
    const warmed: string[] = [];
    const plans = new TypedPlans(async (text) => void warmed.push(text));
    plans.answeredGeneric('a', 'A', {});
    await plans.settled();
    expect([plans.isReady('a'), warmed]).toEqual([false, []]);
    plans.answeredGeneric('a', 'A', {});
    expect(plans.isReady('a')).toBe(false); // in the background: not before it has finished
    plans.answeredGeneric('a', 'A', {});
    await plans.settled();
    expect([plans.isReady('a'), warmed]).toEqual([true, ['A']]);
  });

  it('keeps a shape whose warm-up failed on the generic statement, without retrying', async () => {
    let calls = 0;
    const plans = new TypedPlans(async () => {
      calls++;
      throw new Error('Neo4j is down');
    });
    for (let i = 0; i < 4; i++) plans.answeredGeneric('a', 'A', {});
    await plans.settled();
    expect([plans.isReady('a'), calls]).toEqual([false, 1]);
  });

  it('warms at most `max` shapes, one at a time, and tracks at most `maxTracked` one-off shapes', async () => {
    let running = 0;
    let most = 0;
    const plans = new TypedPlans(
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      },
      3,
      4,
    );
    const shapes = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 2; i++) for (const s of shapes) plans.answeredGeneric(s, s, {});
    await plans.settled();
    expect(shapes.map((s) => plans.isReady(s))).toEqual([true, true, true, false, false]);
    expect(most).toBe(1);
  });
});
