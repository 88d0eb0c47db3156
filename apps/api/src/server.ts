import type { Server as HttpServer } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { socketWork } from './common/socket/in-flight';
import { closeSocketsForRestart } from './common/socket/io-adapter';
import type { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare-database';
import { seedCatalogueIfEmpty } from './database/seed/catalogue.seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './database/seed/demo.seed';
import { PasswordService } from './modules/auth/password.service';
import { LifecycleState } from './modules/health/lifecycle.state';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  demoSeeded: boolean;
  close(): Promise<void>;
  /**
   * Graceful shutdown within `budgetMs`: readiness fails and the port stops accepting; socket
   * handlers in progress finish (a message being stored gets its acknowledgement); clients are
   * told to reconnect elsewhere and their connections closed; HTTP requests in progress finish;
   * then the application and its connections close. Each step has its share of the budget, so a
   * database or Redis that does not answer cannot hold the process. Resolves with the steps
   * that ran out of time (empty: everything finished).
   */
  shutdown(budgetMs: number, log?: (line: string) => void): Promise<string[]>;
}

/** Clients wait about this long (jittered) before reconnecting to another instance. */
const RECONNECT_AFTER_MS = 250;

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Resolves true when `work` settles within ms, false otherwise; never rejects. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = work.then(
    () => true,
    () => true,
  );
  const late = new Promise<boolean>((r) => {
    timer = setTimeout(() => r(false), Math.max(0, ms));
    timer.unref();
  });
  const ok = await Promise.race([done, late]);
  clearTimeout(timer);
  return ok;
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
      await seedDemoData(dataSource, (p) => passwords.hash(p), log, { size: config.seedDemoSize });
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
    async shutdown(budgetMs, log = () => {}) {
      const deadline = Date.now() + budgetMs;
      const left = (share: number) => Math.min(share, deadline - Date.now());
      const late: string[] = [];
      app.get(LifecycleState).draining = true;
      const http = app.getHttpServer() as HttpServer;
      const httpClosed = new Promise<void>((r) => http.close(() => r()));
      http.closeIdleConnections();
      if (!(await socketWork.idle(left(3_000)))) late.push(`socket handlers (${socketWork.size} in progress)`);
      // A finished handler's acknowledgement is sent by Nest a few ticks later: let it go out.
      await pause(50);
      const sockets = closeSocketsForRestart(app, RECONNECT_AFTER_MS);
      log(`Shutting down: ${sockets} chat connections asked to reconnect elsewhere\n`);
      if (!(await within(httpClosed, left(budgetMs / 2)))) {
        late.push('HTTP requests');
        http.closeAllConnections();
      }
      if (!(await within(app.close(), deadline - Date.now() - 500))) late.push('application close (database or Redis not answering)');
      if (db.embedded && !(await within(db.embedded.stop(), deadline - Date.now()))) late.push('embedded database');
      await pause(0);
      return late;
    },
  };
}

export function demoSignInDetails(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(40)} ${a.handle.padEnd(14)} ${a.note}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
