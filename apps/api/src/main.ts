import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { installLastResortHandlers, LAST_RESORT_MARK } from './last-resort';
import { demoSignInDetails, startServer, type RunningServer } from './server';

/** SIGTERM to exit, whatever PostgreSQL or Redis do (orchestrators usually allow 10 to 30 s). */
export const SHUTDOWN_DEADLINE_MS = 10_000;

let server: RunningServer | null = null;

async function main(): Promise<void> {
  let config;
  try {
    // The only place Kindred reads its environment.
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nKindred did not start. Fix the values above and try again.\n`);
      process.exit(1);
    }
    throw e;
  }
  const started = Date.now();
  server = await startServer(config, (line) => process.stdout.write(line));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nKindred is running at ${server.url} (ready in ${seconds}s)\n`);
  if (config.database.kind === 'embedded') {
    process.stdout.write(`${demoSignInDetails()}\n`);
  }
}

let stopping = false;
function stop(signal: string, code = 0): void {
  if (stopping) return;
  stopping = true;
  // The hard deadline: whatever is still waiting (a database that does not answer) is abandoned.
  const hard = setTimeout(() => {
    process.stderr.write(`Kindred did not stop within ${SHUTDOWN_DEADLINE_MS / 1000}s of ${signal}; exiting now\n`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS - 500);
  const running = server;
  if (!running) process.exit(code); // still starting: nothing accepted yet
  process.stdout.write(`${signal}: shutting down (at most ${SHUTDOWN_DEADLINE_MS / 1000}s)\n`);
  running
    .shutdown(SHUTDOWN_DEADLINE_MS - 1_500, (line) => process.stdout.write(line))
    .then((late) => {
      clearTimeout(hard);
      if (late.length) process.stderr.write(`Stopped without waiting for: ${late.join('; ')}\n`);
      process.exit(code);
    })
    .catch((e: unknown) => {
      process.stderr.write(`Shutdown failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}

installLastResortHandlers((line) => process.stderr.write(`${LAST_RESORT_MARK} ${line}\n`), () => {
  if (!stopping) stop('fatal error', 1);
});
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

main().catch((e: unknown) => {
  process.stderr.write(`Kindred failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
