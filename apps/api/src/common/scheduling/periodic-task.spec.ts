import { PeriodicTask } from './periodic-task';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PeriodicTask', () => {
  it('never overlaps a run with the previous one, and stop() waits for the run in progress', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    let finished = 0;
    const task = new PeriodicTask(5, async () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      await sleep(40); // much longer than the interval
      active -= 1;
      finished += 1;
    }, () => undefined);
    task.start();
    await sleep(130);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(finished).toBe(runs); // the last run was awaited, not cut short
    await sleep(30);
    expect(runs).toBe(finished); // nothing starts after stop()
  });

  it('hands a failure to onError and runs again at the next tick', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const task = new PeriodicTask(5, async () => {
      runs += 1;
      if (runs === 1) throw new Error('first run fails');
    }, (err) => errors.push(err));
    task.start();
    await sleep(60);
    await task.stop();
    expect(errors).toHaveLength(1);
    expect(runs).toBeGreaterThanOrEqual(2);
  });
});
