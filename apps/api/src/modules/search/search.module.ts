import { Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MeilisearchEngine } from './meilisearch.engine';
import { PostgresSearchEngine } from './postgres-search.engine';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine.port';
import { SearchRelay } from './search-relay';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Meilisearch when MEILI_HOST is set, PostgreSQL full-text search otherwise. */
export function createSearchEngine(config: AppConfig, db: DataSource): SearchEngine {
  return config.meili ? new MeilisearchEngine(config.meili.host, config.meili.apiKey, config.meili.index) : new PostgresSearchEngine(db);
}

@Module({
  providers: [
    { provide: SEARCH_ENGINE, inject: [APP_CONFIG, getDataSourceToken()], useFactory: createSearchEngine },
    {
      provide: SearchRelay,
      inject: [APP_CONFIG, getDataSourceToken(), SEARCH_ENGINE, PinoLogger],
      useFactory: (config: AppConfig, db: DataSource, engine: SearchEngine, logger: PinoLogger) =>
        new SearchRelay(db, engine, {
          intervalMs: config.search.relayIntervalMs,
          batch: config.search.relayBatch,
          onError: (err, retryInMs) => logger.warn({ err, retryInMs }, 'search relay: batch failed; the changes stay in the outbox'),
        }),
    },
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService, SearchRelay, SEARCH_ENGINE],
})
export class SearchModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: SearchRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.search.relay) this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
