import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { demoSignInDetails, startServer } from './server';

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
  const server = await startServer(config, (line) => process.stdout.write(line));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nKindred is running at ${server.url} (ready in ${seconds}s)\n`);
  if (config.database.kind === 'embedded') {
    process.stdout.write(`${demoSignInDetails()}\n`);
  }
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Kindred failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
