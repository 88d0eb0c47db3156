import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { seedCatalogueIfEmpty } from '../database/seed/catalogue.seed';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule on a fresh database, listening on a free loopback port.
 * Proxies are trusted so each test client can present its own IP (X-Forwarded-For),
 * which keeps per-IP throttles independent between tests.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { catalogue?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TRUST_PROXY: 'true',
    SEED_DEMO_DATA: 'never',
    REDIS_URL: process.env.REDIS_URL,
    ...env,
  });
  const app = await createApp(config, database);
  await app.listen(0, '127.0.0.1');
  const db = app.get<DataSource>(getDataSourceToken());
  if (opts.catalogue !== false) await seedCatalogueIfEmpty(db, () => {});
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    db,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
