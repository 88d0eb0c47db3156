import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OPEN_DATA_PATHS } from '@kindred/contracts';
import { AppError } from '../../common/errors/app-error';
import { OpenDataService } from './open-data.service';
import type { StoredRelease } from './open-data-publisher';

/** Versioned files never change: cached for a year by anyone. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `latest.*` and the index change when a release is published: a short time, then revalidated. */
const SHORT = 'public, max-age=300, must-revalidate';

const TYPES = { csv: 'text/csv; charset=utf-8; header=present', json: 'application/json; charset=utf-8' } as const;

/**
 * The open data files, public and cacheable: `/open-data/latest.csv|json`, the release index
 * `/open-data/releases.json`, and every release at `/open-data/releases/<version>.csv|json`.
 * The page `/open-data` itself is the web client's.
 */
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('latest.csv')
  async latestCsv(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.openData.file(null), 'csv', SHORT);
  }

  @Get('latest.json')
  async latestJson(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.openData.file(null), 'json', SHORT);
  }

  @Get('releases.json')
  async index(@Res() res: Response): Promise<void> {
    const { releases, next } = await this.openData.overview();
    res.setHeader('Cache-Control', SHORT);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/json').send(JSON.stringify({ releases, next }));
  }

  @Get('releases/:file')
  async release(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const m = /^(.+)\.(csv|json)$/.exec(file);
    if (!m) throw new AppError('BAD_REQUEST', 'Ask for a release as <version>.csv or <version>.json, e.g. 2026-q3.csv.');
    this.send(req, res, await this.openData.file(m[1]!), m[2] as 'csv' | 'json', IMMUTABLE);
  }

  private send(req: Request, res: Response, release: StoredRelease, format: 'csv' | 'json', cache: string): void {
    const etag = `"${format === 'csv' ? release.csvSha256 : release.jsonSha256}"`;
    res.setHeader('Cache-Control', cache);
    res.setHeader('ETag', etag);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Location', OPEN_DATA_PATHS.release(release.version, format));
    res.setHeader('X-Release-Version', release.version);
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', TYPES[format]);
    if (format === 'csv') res.setHeader('Content-Disposition', `attachment; filename="kindred-open-data-${release.version}.csv"`);
    res.send(format === 'csv' ? release.csv : release.json);
  }
}
