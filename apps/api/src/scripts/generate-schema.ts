import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.factory';
import { printAppSchema } from '../common/graphql/print-schema';
import { loadConfig } from '../config/app-config';
import { prepareDatabase } from '../database/prepare-database';

/** Writes apps/api/schema.graphql from the code-first schema (boots on an in-memory database). */
async function main() {
  const config = loadConfig({ KINDRED_DATA_DIR: ':memory:', LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  const db = await prepareDatabase(config);
  const app = await createApp(config, db.target);
  await app.init();
  const target = resolve(__dirname, '../../../../apps/api/schema.graphql');
  writeFileSync(target, printAppSchema(app));
  await app.close();
  await db.embedded?.stop();
  process.stdout.write(`Wrote ${target}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
