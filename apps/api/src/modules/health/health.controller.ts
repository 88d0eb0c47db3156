import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { RedisLink } from '../../common/redis/redis-link';
import { REDIS_LINK } from '../../common/redis/redis.module';
import { LifecycleState } from './lifecycle.state';

/** How long the database check may take before the database counts as down. */
const DATABASE_CHECK_MS = 2_000;

/**
 * Liveness: the process answers. Readiness: it can serve requests — its database answers and it
 * is not shutting down. `/health` reports both; `/health/live` and `/health/ready` suit
 * orchestrator probes.
 *
 * Redis is reported but never fails readiness: PostgreSQL is the source of truth, and without
 * Redis an instance still serves every request (chat is delivered to its own clients at once and
 * to everyone else's once Redis is back; rate limits count per instance). Taking every replica
 * out of a load balancer because their shared Redis is away would turn a delay into an outage.
 * The answer says `degraded: ["redis"]` so monitoring can alert on it.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS_LINK) private readonly redis: RedisLink,
    private readonly lifecycle: LifecycleState,
  ) {}

  @Get()
  async health(@Res() res: Response) {
    const report = await this.report();
    res.status(report.ready ? 200 : 503).json({
      status: report.ready ? (report.degraded.length ? 'degraded' : 'ok') : 'unavailable',
      live: true,
      ...report,
    });
  }

  @Get('live')
  @HttpCode(200)
  live() {
    return { live: true };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
    const report = await this.report();
    res.status(report.ready ? 200 : 503).json(report);
  }

  private async report() {
    const database = await this.databaseUp();
    const redis = this.redis.status;
    const draining = this.lifecycle.draining;
    return {
      ready: database && !draining,
      ...(draining ? { draining: true } : {}),
      degraded: redis === 'down' ? ['redis'] : [],
      checks: {
        database: database ? 'up' : 'down',
        redis,
        ...(redis === 'down' ? { redisDownForSeconds: this.redis.downForSeconds } : {}),
      },
    };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), DATABASE_CHECK_MS);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
