import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withinLimits, type TimeLimits } from '../../src/engine/time-limit';

// The timing of a file that outlives its limit, on fake timers: the cancel at the limit, the terminate 5 s after it
// when the file ignores the cancel. The integration test (time-limits-and-interruptions › terminates a file that
// ignores the cancel) proves on a real server that the terminate ends such a file and the run goes on; this one proves
// when each happens, without waiting out the real 5 s.
const limits = (statementMs: number, runDeadline?: number): TimeLimits => ({ statementMs, lockMs: 0, runDeadline });

/** A file that runs until `finish` is called, and the interrupts it received, in order, with their fake times. */
function stubbornFile() {
  const calls: string[] = [];
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve('finished')));
  const interrupt = (how: 'cancel' | 'terminate') => {
    calls.push(`${how} at ${Date.now()}`);
    return Promise.resolve();
  };
  return { calls, interrupt, work: () => done, finish: () => finish() };
}

describe('a file past its limit is cancelled, then terminated if it ignores the cancel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('cancels at statement-timeout and terminates 5 s later, not before', async () => {
    const file = stubbornFile();
    const running = withinLimits(limits(1_000), file.interrupt, file.work);
    await vi.advanceTimersByTimeAsync(999);
    expect(file.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(file.calls).toEqual(['cancel at 1000']);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(file.calls).toEqual(['cancel at 1000']);
    await vi.advanceTimersByTimeAsync(1);
    expect(file.calls).toEqual(['cancel at 1000', 'terminate at 6000']);
    file.finish();
    expect(await running).toEqual({ result: 'finished', expired: { limit: 'statement', ms: 1_000 } });
  });

  it('does not terminate a file that stops on the cancel', async () => {
    const file = stubbornFile();
    const running = withinLimits(limits(1_000), file.interrupt, file.work);
    await vi.advanceTimersByTimeAsync(1_000);
    file.finish();
    expect((await running).expired).toEqual({ limit: 'statement', ms: 1_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(file.calls).toEqual(['cancel at 1000']);
  });

  it('interrupts nothing in a file that ends within its limit', async () => {
    const file = stubbornFile();
    const running = withinLimits(limits(1_000), file.interrupt, file.work);
    await vi.advanceTimersByTimeAsync(500);
    file.finish();
    expect(await running).toEqual({ result: 'finished', expired: undefined });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(file.calls).toEqual([]);
  });

  it('cancels at the run deadline when it comes before statement-timeout, and names the run limit', async () => {
    const file = stubbornFile();
    const running = withinLimits(limits(0, performance.now() + 2_000), file.interrupt, file.work);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(file.calls).toEqual(['cancel at 2000', 'terminate at 7000']);
    file.finish();
    expect((await running).expired).toEqual({ limit: 'run', ms: 2_000 });
  });
});
