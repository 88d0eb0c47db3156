/** Prints "label  12/40  30%" lines (rewritten in place on a terminal) for long-running work. */
export class Progress {
  private last = -1;
  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: (line: string) => void = (l) => process.stdout.write(l),
  ) {}

  tick(done: number): void {
    const pct = this.total === 0 ? 100 : Math.floor((done / this.total) * 100);
    if (pct === this.last && done !== this.total) return;
    this.last = pct;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const line = `${this.label.padEnd(22)} [${bar}] ${String(done).padStart(7)}/${this.total} ${String(pct).padStart(3)}%`;
    const tty = process.stdout.isTTY;
    if (tty) this.out(`\r${line}${done === this.total ? '\n' : ''}`);
    else if (done === this.total || pct % 25 === 0) this.out(`${line}\n`);
  }
}
