/** What the dispatcher (bench/run.ts) knows about a scenario. */
export interface ScenarioOptions {
  /** Small sizes / short runs for CI smoke runs (under a minute). */
  quick: boolean;
  /** Overrides, from --name=value flags; a scenario picks its own defaults. */
  durationS?: number;
  warmupS?: number;
  connections?: number;
  pool?: number;
  seed?: number;
  /** chat-fanout: clients in the room, and how many of them send. */
  clients?: number;
  senders?: number;
  /** chat-fanout: worker threads the clients run on. */
  clientThreads?: number;
  /** index-lag: posts written per second. */
  rate?: number;
  /** Repeat the measurements this many times, alternating targets, and pool the results. */
  rounds?: number;
  /** Profile the measured server's thread (CPU) and print where its time goes. */
  profile?: boolean;
}

export interface ScenarioOutcome {
  /** The JSON object printed as the last line: at least `scenario` and the contract's fields. */
  result: { scenario: string } & Record<string, unknown>;
  /** False when the run itself failed (errors, wrong answers): the process exits non-zero. */
  ok: boolean;
}

export interface Scenario {
  name: string;
  summary: string;
  run(opts: ScenarioOptions): Promise<ScenarioOutcome>;
}
