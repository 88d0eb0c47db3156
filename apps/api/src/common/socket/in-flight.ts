/**
 * Counts work in progress (socket handlers: a chat message being stored and acknowledged), so a
 * shutdown can let it finish before it closes the connections.
 */
export class InFlight {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  get size(): number {
    return this.count;
  }

  /** Runs `work`, counted until it settles; its outcome is returned unchanged. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const w of [...this.waiters]) w();
    }
  }

  /** Resolves true once nothing is in progress, or false after `ms`. */
  idle(ms: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onIdle);
        resolve(ok);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.waiters.add(onIdle);
    });
  }
}

/** Socket event handlers of this process (one per process; tests running several apps share it). */
export const socketWork = new InFlight();
