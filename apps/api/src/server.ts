import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import type { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare-database';
import { seedCatalogueIfEmpty } from './database/seed/catalogue.seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './database/seed/demo.seed';
import { PasswordService } from './modules/auth/password.service';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  demoSeeded: boolean;
  close(): Promise<void>;
}

/**
 * Starts Kindred: database (embedded or PostgreSQL), migrations, catalogue, demo data on
 * the first start of the embedded default, then HTTP, GraphQL and the web client on one port.
 */
export async function startServer(config: AppConfig, log: (line: string) => void = () => {}): Promise<RunningServer> {
  const db = await prepareDatabase(config);
  if (db.embedded) {
    log(`Embedded PostgreSQL (PGlite) ${config.database.kind === 'embedded' && config.database.dataDir ? `in ${config.database.dataDir}` : 'in memory'}\n`);
  }
  let app: NestExpressApplication;
  try {
    app = await createApp(config, db.target);
    await app.init();
  } catch (e) {
    await db.embedded?.stop();
    throw e;
  }
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await seedCatalogueIfEmpty(dataSource, log);
  const wantDemo =
    config.seedDemoData === 'always' ||
    (config.seedDemoData === 'auto' && db.embedded?.fresh === true);
  let demoSeeded = false;
  if (wantDemo) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM users`);
    if (n === 0) {
      const passwords = app.get(PasswordService);
      await seedDemoData(dataSource, (p) => passwords.hash(p), log);
      demoSeeded = true;
    }
  }
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://localhost:${port}`,
    demoSeeded,
    async close() {
      await app.close();
      await db.embedded?.stop();
    },
  };
}

export function demoSignInDetails(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(40)} ${a.handle.padEnd(14)} ${a.note}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
