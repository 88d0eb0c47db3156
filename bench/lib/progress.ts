/**
 * Human-readable output for benchmarks. Everything goes to stdout; a scenario's last line
 * (written by the dispatcher) is its JSON result, so nothing may be printed after it.
 */
export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** "label  [#####.....]   12/40  30%", rewritten in place on a terminal, milestones otherwise. */
export class Progress {
  private last = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(done: number): void {
    const pct = this.total === 0 ? 100 : Math.floor((done / this.total) * 100);
    if (pct === this.last && done !== this.total) return;
    const crossedQuarter = Math.floor(pct / 25) !== Math.floor(Math.max(this.last, 0) / 25) || this.last < 0;
    this.last = pct;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const line = `  ${this.label.padEnd(22)} [${bar}] ${String(done).padStart(6)}/${this.total} ${String(pct).padStart(3)}%`;
    if (process.stdout.isTTY) {
      process.stdout.write(`\r${line}${done === this.total ? '\n' : ''}`);
    } else if (done === this.total || crossedQuarter) {
      process.stdout.write(`${line}\n`);
    }
  }
}

/** Times an async step and says how long it took. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  say(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
