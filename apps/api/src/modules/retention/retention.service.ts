import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../../common/scheduling/periodic-task';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RETENTION_BATCH, RETENTION_RULES } from './retention.rules';

/**
 * Applies the retention rules: each instance runs them every RETENTION_CHECK_MS (deleting is
 * idempotent, so instances need no lock), in batches of RETENTION_BATCH rows.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Retention');
    this.schedule = new PeriodicTask(this.config.retention.checkMs, () => this.purge(), (err) =>
      this.logger.warn({ err }, 'retention: purge failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.retention.schedule) this.schedule.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Deletes every row a rule says is finished with; returns how many per rule. */
  async purge(): Promise<Record<string, number>> {
    const deleted: Record<string, number> = {};
    for (const rule of RETENTION_RULES) {
      const key = rule.key.join(', ');
      let total = 0;
      for (;;) {
        const [{ n }]: { n: number }[] = await this.db.query(
          `WITH gone AS (DELETE FROM ${rule.table} WHERE (${key}) IN (SELECT ${key} FROM ${rule.table} WHERE ${rule.expired} LIMIT ${RETENTION_BATCH}) RETURNING 1)
           SELECT count(*)::int AS n FROM gone`,
        );
        total += n;
        if (n < RETENTION_BATCH) break;
      }
      deleted[rule.name] = total;
      if (total) this.logger.info({ rule: rule.name, deleted: total }, 'retention: expired records deleted');
    }
    return deleted;
  }
}
