/**
 * Benchmark dispatcher: `npm run bench -- <scenario> [--quick] [--profile] [--duration=S]
 * [--warmup=S] [--connections=N] [--clients=N] [--senders=N] [--client-threads=N] [--rate=N] [--pool=N] [--seed=N] [--rounds=N]`. Human-readable lines first, then the scenario's
 * JSON result as the very last line of stdout (see shared BENCHMARKS.md).
 */
import './lib/production-libraries';
import 'reflect-metadata';
import type { Scenario, ScenarioOptions } from './lib/scenario';
import { chatFanout } from './scenarios/chat-fanout';
import { home } from './scenarios/home';
import { indexLag } from './scenarios/index-lag';
import { insights } from './scenarios/insights';
import { search } from './scenarios/search';
import { threadRead } from './scenarios/thread-read';
import { web } from './scenarios/web';
import { runAll, runCompare } from './lib/suite';

/**
 * Every scenario, in the order `all` and `compare` run them: registering a scenario is one
 * entry here (its import above).
 */
const SCENARIOS: Scenario[] = [threadRead, home, chatFanout, search, indexLag, insights, web];

type NumericOption = 'durationS' | 'warmupS' | 'connections' | 'clients' | 'senders' | 'clientThreads' | 'rate' | 'pool' | 'seed' | 'rounds';

const NUMERIC_FLAGS: Record<string, NumericOption> = {
  duration: 'durationS',
  warmup: 'warmupS',
  connections: 'connections',
  clients: 'clients',
  senders: 'senders',
  'client-threads': 'clientThreads',
  rate: 'rate',
  pool: 'pool',
  seed: 'seed',
  rounds: 'rounds',
};

function usage(): string {
  return [
    'Usage: npm run bench -- <scenario> [--quick] [--profile] [--duration=S] [--warmup=S] [--connections=N] [--clients=N] [--senders=N] [--client-threads=N] [--rate=N] [--pool=N] [--seed=N] [--rounds=N]',
    '       npm run bench -- all [flags] [--only=a,b] [--skip=a,b]   every scenario in turn, each in its own process; writes bench/results/<date>-<commit>.json',
    '       npm run bench:compare [--only=a,b] [--skip=a,b]         every scenario with --quick, each ratio and cpu_ratio against the latest record (exit 1 when one is > 20 % worse)',
    '',
    '  --quick      short runs for CI smoke tests (under a minute)',
    '  --profile    CPU-profile the server under test and print where its time goes (tmp/bench/*.cpuprofile)',
    '  --rounds=N   repeat the measurements N times, alternating targets, and pool them (steadier on a busy machine)',
    '  --clients=N, --senders=N   chat-fanout: clients in the room (default 500) and how many of them send (default 25)',
    '  --client-threads=N         chat-fanout: worker threads the clients run on (default 2 with 4+ CPUs, else 1)',
    '  --rate=N                   index-lag: posts written per second (default 5)',
    '',
    'Scenarios:',
    ...SCENARIOS.map((s) => `  ${s.name.padEnd(14)} ${s.summary}`),
    '',
    'Runs against the PostgreSQL server in DATABASE_URL (a fresh database, dropped afterwards),',
    'or an embedded in-memory PGlite when DATABASE_URL is unset.',
  ].join('\n');
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n\n${usage()}\n`);
  process.exit(code);
}

function parse(argv: string[]): { scenario: Scenario; options: ScenarioOptions } {
  const names = argv.filter((a) => !a.startsWith('--'));
  const flags = argv.filter((a) => a.startsWith('--'));
  if (flags.includes('--help')) {
    process.stdout.write(`${usage()}\n`);
    process.exit(0);
  }
  if (names.length === 0) fail('Name a scenario to run.');
  if (names.length > 1) fail(`Run one scenario at a time (got: ${names.join(', ')}).`);
  const scenario = SCENARIOS.find((s) => s.name === names[0]);
  if (!scenario) {
    fail(`Unknown scenario "${names[0]}". Available: ${SCENARIOS.map((s) => s.name).join(', ')}.`);
  }
  const options: ScenarioOptions = { quick: false };
  for (const flag of flags) {
    if (flag === '--quick' || flag === '--profile') {
      options[flag === '--quick' ? 'quick' : 'profile'] = true;
      continue;
    }
    const m = /^--([a-z-]+)=(.+)$/.exec(flag);
    const key = m ? NUMERIC_FLAGS[m[1] as string] : undefined;
    const value = m ? Number(m[2]) : NaN;
    if (!key) fail(`Unknown option ${flag}.`);
    if (!Number.isFinite(value) || value <= 0) fail(`${flag}: expected a positive number.`);
    options[key] = value;
  }
  return { scenario, options };
}

/** `all` and `compare`: the scenarios to run (--only, --skip) and the flags passed on to each. */
async function runSuite(command: 'all' | 'compare', argv: string[]): Promise<number> {
  const list = (flag: string) =>
    argv
      .filter((a) => a.startsWith(`--${flag}=`))
      .flatMap((a) => a.slice(flag.length + 3).split(','))
      .filter(Boolean);
  const only = list('only');
  const skip = list('skip');
  for (const n of [...only, ...skip]) if (!SCENARIOS.some((s) => s.name === n)) fail(`Unknown scenario "${n}".`);
  const flags = argv.filter((a) => a.startsWith('--') && !a.startsWith('--only=') && !a.startsWith('--skip='));
  parse([(SCENARIOS[0] as Scenario).name, ...flags]); // the same flag checks as a single scenario
  const names = SCENARIOS.map((s) => s.name).filter((n) => (!only.length || only.includes(n)) && !skip.includes(n));
  return command === 'all' ? runAll(names, flags) : runCompare(names, flags);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const command = argv.find((a) => !a.startsWith('--'));
  if (command === 'all' || command === 'compare') {
    const code = await runSuite(command, argv.filter((a) => a !== command));
    process.exit(code);
  }
  const { scenario, options } = parse(argv);
  const outcome = await scenario.run(options);
  // The JSON result is always the last line.
  process.stdout.write(`${JSON.stringify(outcome.result)}\n`, () => process.exit(outcome.ok ? 0 : 1));
}

main().catch((e: unknown) => {
  process.stderr.write(`Benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
