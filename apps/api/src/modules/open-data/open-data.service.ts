import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { OPEN_DATA_PATHS } from '@kindred/contracts';
import { AppError, notFound } from '../../common/errors/app-error';
import { PeriodicTask } from '../../common/scheduling/periodic-task';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OPEN_DATA_DICTIONARY, OPEN_DATA_DISCLOSURE } from './open-data-release';
import { listReleases, publishDue, readRelease, type PublishOutcome, type ReleaseSummary, type StoredRelease } from './open-data-publisher';
import { nextQuarter, parseVersion, quarterDays, quarterOf, versionOf } from './quarters';

export interface OpenDataOverview {
  releases: (ReleaseSummary & { csvUrl: string; jsonUrl: string })[];
  next: { version: string; periodStart: string; periodEnd: string; publishedAfter: string };
}

/**
 * Open data: releases of what-works and care-experience aggregates, one per quarter, counting
 * only members with the research consent. Publishes on a schedule (each instance checks every
 * OPEN_DATA_CHECK_MS whether a quarter has ended without a release; an advisory lock lets one of
 * them do it) and through `npm run open-data:publish`.
 */
@Injectable()
export class OpenDataService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('OpenData');
    this.schedule = new PeriodicTask(this.config.openData.checkMs, () => this.publishDue(), (err) =>
      this.logger.warn({ err }, 'open data: scheduled publication failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.openData.schedule) this.schedule.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Publishes every quarter that has ended without a release (the schedule's work). */
  async publishDue(now: Date = new Date()): Promise<PublishOutcome[]> {
    const outcomes = await publishDue(this.db, now);
    for (const o of outcomes) if (o.status === 'published') this.logger.info({ version: o.version }, 'open data: release published');
    return outcomes;
  }

  async overview(now: Date = new Date()): Promise<OpenDataOverview> {
    const releases = await listReleases(this.db);
    const latest = releases[0] ? parseVersion(releases[0].version)! : null;
    const current = quarterOf(now);
    // The next release covers the quarter after the latest one (or the current quarter before any).
    const q = latest ? nextQuarter(latest) : current;
    const days = quarterDays(q);
    return {
      releases: releases.map((r) => ({
        ...r,
        csvUrl: OPEN_DATA_PATHS.release(r.version, 'csv'),
        jsonUrl: OPEN_DATA_PATHS.release(r.version, 'json'),
      })),
      next: { version: versionOf(q), periodStart: days.start, periodEnd: days.end, publishedAfter: quarterDays(nextQuarter(q)).start },
    };
  }

  dictionary() {
    return { ...OPEN_DATA_DICTIONARY, threshold: OPEN_DATA_DISCLOSURE.threshold, roundingBase: OPEN_DATA_DISCLOSURE.base };
  }

  /** A release's file; `version` null: the latest. */
  async file(version: string | null): Promise<StoredRelease> {
    if (version !== null && !parseVersion(version)) {
      throw new AppError('BAD_REQUEST', `"${version}" is not a release version; versions look like 2026-q3.`);
    }
    const release = await readRelease(this.db, version);
    if (!release) throw version === null ? notFound('An open data release') : notFound(`Open data release ${version}`);
    return release;
  }
}
