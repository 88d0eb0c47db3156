import { Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InsightsRefresher } from './insights-rollup';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

/** Clinician insights: weekly rollups kept fresh in the background, read through disclosure control. */
@Module({
  providers: [
    InsightsService,
    InsightsResolver,
    {
      provide: InsightsRefresher,
      inject: [APP_CONFIG, getDataSourceToken(), PinoLogger],
      useFactory: (config: AppConfig, db: DataSource, logger: PinoLogger) =>
        new InsightsRefresher(db, config.insights.refreshMs, (err) => logger.warn({ err }, 'insights: refresh failed; will retry')),
    },
  ],
  exports: [InsightsService],
})
export class InsightsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(InsightsRefresher) private readonly refresher: InsightsRefresher) {}

  onApplicationBootstrap(): void {
    this.refresher.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.refresher.stop();
  }
}
