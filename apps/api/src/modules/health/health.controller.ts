import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/**
 * Liveness: the process answers. Readiness: it can reach its database.
 * `/health` reports both; `/health/live` and `/health/ready` suit orchestrator probes.
 */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  async health(@Res() res: Response) {
    const database = await this.databaseUp();
    res.status(database ? 200 : 503).json({
      status: database ? 'ok' : 'degraded',
      live: true,
      ready: database,
      checks: { database: database ? 'up' : 'down' },
    });
  }

  @Get('live')
  @HttpCode(200)
  live() {
    return { live: true };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
    const database = await this.databaseUp();
    res.status(database ? 200 : 503).json({ ready: database, checks: { database: database ? 'up' : 'down' } });
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
