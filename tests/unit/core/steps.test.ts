import { describe, expect, it } from 'vitest';
import { runToEnd, runUntil, timedSteps, type Steps } from '../../../core/steps';

/** Steps that each advance a fake clock by the given durations, returning how many ran. */
function* timed(durations: number[], clock: { now: number }): Steps<number> {
  for (const [i, d] of durations.entries()) {
    clock.now += d;
    if (i < durations.length - 1) yield;
  }
  return durations.length;
}

describe('runUntil', () => {
  it('runs small steps until the deadline and finishes on a later call', () => {
    const clock = { now: 0 };
    const steps = timed(Array(10).fill(4), clock);
    expect(runUntil(steps, 30, () => clock.now)).toBeUndefined();
    expect(clock.now).toBeLessThanOrEqual(30);
    expect(clock.now).toBeGreaterThanOrEqual(24);
    expect(runUntil(steps, clock.now + 30, () => clock.now)).toEqual({ value: 10 });
  });

  it('does not start a step as long as the last when it would end past the deadline', () => {
    const clock = { now: 0 };
    const steps = timed([18, 18, 18], clock);
    expect(runUntil(steps, 30, () => clock.now)).toBeUndefined();
    // One long step, not two: the slice ends at 18 ms rather than 36.
    expect(clock.now).toBe(18);
  });

  it('always makes progress, even with no time left', () => {
    const clock = { now: 0 };
    const steps = timed([5, 5], clock);
    expect(runUntil(steps, 0, () => clock.now)).toBeUndefined();
    expect(runUntil(steps, 0, () => clock.now)).toEqual({ value: 2 });
  });
});

describe('timedSteps', () => {
  it('counts the time spent in the steps, not the pauses between them', () => {
    const clock = { now: 0 };
    function* outer(): Steps<number> {
      const { ms } = yield* timedSteps(timed([3, 4, 5], clock), () => clock.now);
      return ms;
    }
    const steps = outer();
    let result: number | undefined;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        result = next.value;
        break;
      }
      clock.now += 100; // the page's own work between idle callbacks
    }
    expect(result).toBe(12);
    expect(runToEnd(timed([1], clock))).toBe(1);
  });
});
