/**
 * Work an API instance does on a schedule (digests, open data releases, retention): every
 * `everyMs`, the first time one interval after `start()`; a run never overlaps the previous one
 * (a slow run skips the ticks it covers); a failure is handed to `onError` and retried at the next
 * tick; `stop()` clears the schedule and waits for a run in progress, so shutdown never cuts one
 * short. The timer does not keep the process alive.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly everyMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .then(() => undefined, this.onError)
        .finally(() => (this.running = null));
    }, this.everyMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
