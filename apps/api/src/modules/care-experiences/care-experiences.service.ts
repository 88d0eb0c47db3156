import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ANONYMOUS_LABEL, LIMITS, displayCell, percentOf, publishCount, publishGroup } from '@kindred/contracts';
import type { Cell, DisclosureConfig, FieldError, ModerationState } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { Connection, decodeCursor, pageSize, toConnection, withNodes } from '../../common/graphql/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { careResponseReadable, careStoryReadable } from '../access/access.sql';
import { checkCrisis } from '../moderation/safety/crisis';
import { findPersonalInfo } from '../moderation/safety/personal-info';
import { ScreeningService, type Screening } from '../moderation/screening.service';
import { FORMER_MEMBER_LABEL } from '../threads/post.mapper';
import { ORGANISATION_COLUMNS, OrganisationsService, toOrganisation, type OrganisationRow } from '../organisations/organisations.service';
import { area, serviceKind } from './care-catalogue';
import type { CareExperiencesArgs, OrganisationInboxArgs, RespondToCareExperienceInput, ShareCareExperienceInput } from './care-experience.input';
import type { CareAreaPageObject, CareExperienceObject, CareQuarterObject, CareResponseObject } from './care-experience.object';

/** The consent that gates every count of stories (the same one that gates open data). */
export const CARE_CONSENT = 'research';

interface StoryRow {
  id: string;
  author_id: string | null;
  author_handle: string | null;
  anonymous: boolean;
  service_kind: string;
  area_code: string;
  condition_slug: string | null;
  condition_name: string | null;
  occurred_on: string;
  what_was_good: string;
  could_be_better: string;
  rating_seen: number;
  rating_listened: number;
  rating_involved: number;
  moderation: ModerationState;
  created_at: Date;
}

const STORY_COLUMNS = `e.id, e.author_id, u.handle AS author_handle, e.anonymous, e.service_kind, e.area_code, c.slug AS condition_slug,
  c.name AS condition_name, to_char(e.occurred_on, 'YYYY-MM') AS occurred_on, e.what_was_good, e.could_be_better, e.rating_seen,
  e.rating_listened, e.rating_involved, e.moderation, e.created_at`;
const STORY_FROM = `care_experiences e LEFT JOIN users u ON u.id = e.author_id LEFT JOIN conditions c ON c.id = e.condition_id`;

const RATINGS = [
  { key: 'seen', column: 'rating_seen', label: 'Getting seen' },
  { key: 'listened', column: 'rating_listened', label: 'Being listened to' },
  { key: 'involved', column: 'rating_involved', label: 'Involvement in decisions' },
] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Refuses text holding personal information, naming every field that does. */
function assertNoPersonalInfo(fields: Record<string, string>): void {
  const bad: FieldError[] = [];
  for (const [field, text] of Object.entries(fields)) {
    const found = findPersonalInfo(text);
    if (found.length) {
      const kinds = [...new Set(found.map((f) => f.kind.replace(/-/g, ' ')))].join(', ');
      bad.push({ field, code: 'NOT_ALLOWED', message: `Remove the personal information (${kinds}): a story names a kind of service and an area, never a person or a place.` });
    }
  }
  if (bad.length) {
    throw new AppError('PERSONAL_INFORMATION', 'Your story holds personal information (an email, phone number, NHS number, postcode or date of birth). Please remove it.', {
      fields: bad,
    });
  }
}

/** The crisis check on every free-text field: a case at the top of the queue if any signals a crisis. Never blocks. */
function crisisScreening(texts: string[]): Screening {
  const crisis = texts.some((t) => t.trim() && checkCrisis(t).crisis);
  return { state: 'visible', reason: null, crisis, sources: crisis ? ['crisis'] : [] };
}

/**
 * Experiences of care: members' stories of how a service treated them, services' public
 * responses, and what services hear (aggregates per kind of service and area). A story names a
 * kind of service and an area from the catalogue, never a postcode or a person: every free-text
 * field passes the personal-information check (refused if it finds anything) and the crisis
 * check. No answer names an anonymous story's author, to organisations or anyone else.
 */
@Injectable()
export class CareExperiencesService {
  private readonly disclosure: DisclosureConfig;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly screening: ScreeningService,
    private readonly organisations: OrganisationsService,
    private readonly events: DomainEvents,
  ) {
    this.disclosure = { threshold: config.insights.threshold, base: config.insights.base };
  }

  // ---- stories ---------------------------------------------------------------------------

  async share(viewer: AuthUser, input: ShareCareExperienceInput): Promise<CareExperienceObject> {
    serviceKind(input.serviceKind);
    area(input.areaCode);
    const whatWasGood = input.whatWasGood.trim();
    const couldBeBetter = input.couldBeBetter.trim();
    if (!whatWasGood && !couldBeBetter) {
      throw new AppError('VALIDATION_FAILED', 'Tell us what was good or what could be better (or both).', {
        fields: [{ field: 'whatWasGood', code: 'REQUIRED', message: 'Tell us what was good or what could be better.' }],
      });
    }
    assertNoPersonalInfo({ whatWasGood, couldBeBetter });
    const [y, m] = input.occurredOn.split('-').map(Number) as [number, number];
    const months = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
    const ago = months(new Date()) - (y * 12 + (m - 1));
    if (ago < 0 || ago > LIMITS.careStoryMonthsBackMax) {
      throw new AppError('VALIDATION_FAILED', `Choose a month in the last ${LIMITS.careStoryMonthsBackMax / 12} years, not in the future.`, {
        fields: [{ field: 'occurredOn', code: 'OUT_OF_RANGE', message: 'Choose a month that has begun, in the last ten years.' }],
      });
    }
    if (input.conditionId) {
      const [c] = await this.db.query(`SELECT 1 FROM conditions WHERE id = $1`, [input.conditionId]);
      if (!c) throw notFound('That condition');
    }
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM care_experiences WHERE author_id = $1 AND created_at > now() - interval '1 day'`,
      [viewer.id],
    );
    if (n >= LIMITS.careStoriesPerDayMax) {
      throw new AppError('TOO_MANY_REQUESTS', `You can share at most ${LIMITS.careStoriesPerDayMax} stories a day.`, { retryAfterSeconds: 3600 });
    }
    const screening = crisisScreening([whatWasGood, couldBeBetter]);
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO care_experiences (author_id, anonymous, service_kind, area_code, condition_id, occurred_on, what_was_good, could_be_better,
                                     rating_seen, rating_listened, rating_involved)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $11) RETURNING id`,
      [
        viewer.id,
        input.anonymous,
        input.serviceKind,
        input.areaCode,
        input.conditionId ?? null,
        `${input.occurredOn}-01`,
        whatWasGood,
        couldBeBetter,
        input.ratingSeen,
        input.ratingListened,
        input.ratingInvolved,
      ],
    );
    await this.screening.afterStored('care_experience', row!.id, screening);
    return this.story(viewer, row!.id);
  }

  /** The author deletes their story, and the responses to it with it. */
  async remove(viewer: AuthUser, id: string): Promise<boolean> {
    const [story]: { author_id: string | null }[] = await this.db.query(
      `SELECT e.author_id FROM care_experiences e WHERE e.id = $1 AND ${careStoryReadable('e', '$2::uuid')}`,
      [id, viewer.id],
    );
    if (!story) throw notFound('That story');
    if (story.author_id !== viewer.id) throw forbidden('Only its author can delete a story.');
    await this.db.query(`DELETE FROM care_experiences WHERE id = $1`, [id]);
    return true;
  }

  async story(viewer: AuthUser | null, id: string): Promise<CareExperienceObject> {
    const [row]: StoryRow[] = await this.db.query(`SELECT ${STORY_COLUMNS} FROM ${STORY_FROM} WHERE e.id = $1 AND ${careStoryReadable('e', '$2::uuid')}`, [
      id,
      viewer?.id ?? null,
    ]);
    if (!row) throw notFound('That story');
    return (await this.hydrate(viewer, [row]))[0]!;
  }

  /** Recent stories, newest first, optionally for one kind of service and/or one area. */
  async list(viewer: AuthUser | null, args: CareExperiencesArgs): Promise<Connection<CareExperienceObject>> {
    if (args.serviceKind) serviceKind(args.serviceKind);
    if (args.areaCode) area(args.areaCode);
    const where = `($1::text IS NULL OR e.service_kind = $1) AND ($2::text IS NULL OR e.area_code = $2)
      AND e.moderation = 'visible' AND e.deleted_at IS NULL AND ${careStoryReadable('e', '$3::uuid')}`;
    return this.page(viewer, where, [args.serviceKind ?? null, args.areaCode ?? null, viewer?.id ?? null], args.first, args.after);
  }

  /** The member's own stories (any moderation state), newest first. */
  async mine(viewer: AuthUser, first?: number, after?: string): Promise<Connection<CareExperienceObject>> {
    return this.page(viewer, `e.author_id = $1`, [viewer.id], first, after);
  }

  /** A verified organisation's console: stories about its kind of service in its area, newest first. */
  async inbox(viewer: AuthUser, args: OrganisationInboxArgs): Promise<Connection<CareExperienceObject>> {
    const o = await this.organisations.assertConsoleAccess(viewer, args.organisationId);
    const where = `e.service_kind = $1 AND e.area_code = $2 AND e.moderation = 'visible' AND e.deleted_at IS NULL AND ${careStoryReadable('e', '$3::uuid')}
      AND (NOT $4::boolean OR NOT EXISTS (SELECT 1 FROM care_experience_responses x WHERE x.experience_id = e.id AND x.organisation_id = $5))`;
    return this.page(viewer, where, [o.service_kind, o.area_code, viewer.id, args.unansweredOnly, o.id], args.first, args.after);
  }

  private async page(viewer: AuthUser | null, where: string, params: unknown[], first?: number, after?: string): Promise<Connection<CareExperienceObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const p = params.length;
    const rows: StoryRow[] = await this.db.query(
      `SELECT ${STORY_COLUMNS} FROM ${STORY_FROM}
        WHERE ${where} AND ($${p + 1}::timestamptz IS NULL OR (e.created_at, e.id) < ($${p + 1}::timestamptz, $${p + 2}::uuid))
        ORDER BY e.created_at DESC, e.id DESC LIMIT $${p + 3}`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM care_experiences e WHERE ${where}`, params);
    const conn = toConnection(rows, limit, n, (r) => [r.created_at.toISOString(), r.id], (r) => r);
    return withNodes(conn, await this.hydrate(viewer, conn.nodes));
  }

  /** Rows to objects, with their responses and the viewer's organisations, in two queries whatever the count. */
  private async hydrate(viewer: AuthUser | null, rows: StoryRow[]): Promise<CareExperienceObject[]> {
    if (!rows.length) return [];
    const responses: (OrganisationRow & {
      response_id: string;
      experience_id: string;
      body: string;
      changed_something: boolean;
      what_changed: string;
      moderation: string;
      r_created_at: Date;
      r_updated_at: Date;
    })[] = await this.db.query(
      `SELECT r.id AS response_id, r.experience_id, r.body, r.changed_something, r.what_changed, r.moderation,
              r.created_at AS r_created_at, r.updated_at AS r_updated_at, ${ORGANISATION_COLUMNS('o')}
         FROM care_experience_responses r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.experience_id = ANY($1) AND ${careResponseReadable('r', '$2::uuid')}
        ORDER BY r.created_at, r.id`,
      [rows.map((r) => r.id), viewer?.id ?? null],
    );
    const mineRows: OrganisationRow[] = viewer
      ? await this.db.query(
          `SELECT ${ORGANISATION_COLUMNS('o')} FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id WHERE m.user_id = $1`,
          [viewer.id],
        )
      : [];
    const memberOf = new Set(mineRows.map((o) => o.id));
    const byStory = new Map<string, CareResponseObject[]>();
    for (const r of responses) {
      const list = byStory.get(r.experience_id) ?? [];
      list.push({
        id: r.response_id,
        organisation: toOrganisation(r, memberOf),
        body: r.body,
        changedSomething: r.changed_something,
        whatChanged: r.what_changed,
        moderationState: r.moderation,
        createdAt: r.r_created_at,
        updatedAt: r.r_updated_at,
      });
      byStory.set(r.experience_id, list);
    }
    return rows.map((r) => {
      const own = !!viewer && r.author_id === viewer.id;
      return {
        id: r.id,
        serviceKind: { ...serviceKind(r.service_kind) },
        area: { ...area(r.area_code) },
        conditionSlug: r.condition_slug,
        conditionName: r.condition_name,
        occurredOn: r.occurred_on,
        whatWasGood: r.what_was_good,
        couldBeBetter: r.could_be_better,
        ratingSeen: r.rating_seen,
        ratingListened: r.rating_listened,
        ratingInvolved: r.rating_involved,
        anonymous: r.anonymous,
        // Never the author of an anonymous story, whoever asks.
        authorLabel: r.anonymous ? ANONYMOUS_LABEL : (r.author_handle ?? FORMER_MEMBER_LABEL),
        authorHandle: r.anonymous ? null : r.author_handle,
        viewerIsAuthor: own,
        moderationState: r.moderation,
        createdAt: r.created_at,
        responses: byStory.get(r.id) ?? [],
        viewerCanRespondAs: mineRows
          .filter((o) => o.status === 'verified' && o.service_kind === r.service_kind && o.area_code === r.area_code)
          .map((o) => toOrganisation(o, memberOf)),
      };
    });
  }

  // ---- responses -------------------------------------------------------------------------

  /**
   * A verified organisation for this kind of service in this area answers a story publicly (one
   * response per organisation; answering again replaces it). Its author is notified.
   */
  async respond(viewer: AuthUser, input: RespondToCareExperienceInput): Promise<CareExperienceObject> {
    const o = await this.organisations.assertResponder(viewer, input.organisationId);
    const [story]: { service_kind: string; area_code: string }[] = await this.db.query(
      `SELECT e.service_kind, e.area_code FROM care_experiences e
        WHERE e.id = $1 AND e.moderation = 'visible' AND e.deleted_at IS NULL AND ${careStoryReadable('e', '$2::uuid')}`,
      [input.experienceId, viewer.id],
    );
    if (!story) throw notFound('That story');
    if (story.service_kind !== o.service_kind || story.area_code !== o.area_code) {
      throw new AppError('ORGANISATION_NOT_FOR_THIS_SERVICE', `${o.name} is verified for another kind of service or area, so it cannot answer this story.`);
    }
    const body = input.body.trim();
    const whatChanged = input.changedSomething ? input.whatChanged.trim() : '';
    if (!body) throw new AppError('VALIDATION_FAILED', 'Write a response.', { fields: [{ field: 'body', code: 'REQUIRED', message: 'Write a response.' }] });
    if (input.changedSomething && !whatChanged) {
      throw new AppError('VALIDATION_FAILED', 'Say what changed.', { fields: [{ field: 'whatChanged', code: 'REQUIRED', message: 'Say what changed.' }] });
    }
    assertNoPersonalInfo({ body, whatChanged });
    const screening = crisisScreening([body, whatChanged]);
    const [row]: { id: string; first_time: boolean; newly_changed: boolean }[] = await this.db.query(
      `WITH before AS (SELECT changed_something FROM care_experience_responses WHERE experience_id = $1 AND organisation_id = $2)
       INSERT INTO care_experience_responses (experience_id, organisation_id, author_id, body, changed_something, what_changed)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (experience_id, organisation_id) DO UPDATE
         SET author_id = EXCLUDED.author_id, body = EXCLUDED.body, changed_something = EXCLUDED.changed_something,
             what_changed = EXCLUDED.what_changed, updated_at = now()
       RETURNING id, NOT EXISTS (SELECT 1 FROM before) AS first_time,
                 (changed_something AND NOT COALESCE((SELECT changed_something FROM before), false)) AS newly_changed`,
      [input.experienceId, o.id, viewer.id, body, input.changedSomething, whatChanged],
    );
    await this.screening.afterStored('care_response', row!.id, screening);
    if (row!.first_time || row!.newly_changed) this.events.emit('care.responded', { responseId: row!.id, firstTime: row!.first_time });
    return this.story(viewer, input.experienceId);
  }

  // ---- what services hear ----------------------------------------------------------------

  /**
   * One kind of service in one area: counts of members' stories (each consenting member's latest
   * story per quarter), how many got a response and how many a "we changed something", and the
   * three ratings per quarter. Only members who said yes to `research` count; every count passes
   * disclosure control (1–7 suppressed, the rest rounded; distributions never hide just one cell).
   */
  async areaPage(kindSlug: string, areaCode: string): Promise<CareAreaPageObject> {
    const kind = serviceKind(kindSlug);
    const where = area(areaCode);
    const now = new Date();
    const thisQuarter = Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1);
    const firstQuarter = new Date(thisQuarter);
    firstQuarter.setUTCMonth(firstQuarter.getUTCMonth() - 3 * (LIMITS.careAreaQuarters - 1));
    const rows: {
      quarter: string | null;
      total: number;
      responded: number;
      changed: number;
      seen: number[];
      listened: number[];
      involved: number[];
    }[] = await this.db.query(
      `WITH counted AS (
         SELECT DISTINCT ON (e.author_id, date_trunc('quarter', e.occurred_on)) e.*, date_trunc('quarter', e.occurred_on)::date AS quarter
           FROM care_experiences e
          WHERE e.service_kind = $1 AND e.area_code = $2 AND e.moderation = 'visible' AND e.deleted_at IS NULL AND e.author_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM consents k WHERE k.user_id = e.author_id AND k.purpose = '${CARE_CONSENT}' AND k.granted)
          ORDER BY e.author_id, date_trunc('quarter', e.occurred_on), e.created_at DESC, e.id DESC
       ), marked AS (
         SELECT c.*,
                EXISTS (SELECT 1 FROM care_experience_responses r WHERE r.experience_id = c.id AND r.moderation = 'visible') AS has_response,
                EXISTS (SELECT 1 FROM care_experience_responses r WHERE r.experience_id = c.id AND r.moderation = 'visible' AND r.changed_something) AS has_change
           FROM counted c
       )
       SELECT to_char(quarter, 'YYYY-MM-DD') AS quarter, count(*)::int AS total,
              count(*) FILTER (WHERE has_response)::int AS responded, count(*) FILTER (WHERE has_change)::int AS changed,
              ${RATINGS.map(
                (r) => `ARRAY[count(*) FILTER (WHERE ${r.column} <= 2), count(*) FILTER (WHERE ${r.column} = 3), count(*) FILTER (WHERE ${r.column} >= 4)]::int[] AS ${r.key}`,
              ).join(', ')}
         FROM marked GROUP BY GROUPING SETS ((quarter), ())`,
      [kind.slug, where.code],
    );
    const overall = rows.find((r) => r.quarter === null);
    const total = overall?.total ?? 0;
    const responses = publishGroup([overall?.responded ?? 0, total - (overall?.responded ?? 0)], total, this.disclosure);
    const changes = publishGroup([overall?.changed ?? 0, (overall?.responded ?? 0) - (overall?.changed ?? 0)], overall?.responded ?? 0, this.disclosure);
    const quarters: CareQuarterObject[] = [];
    for (let i = 0; i < LIMITS.careAreaQuarters; i++) {
      const start = new Date(firstQuarter);
      start.setUTCMonth(start.getUTCMonth() + 3 * i);
      const key = start.toISOString().slice(0, 10);
      const q = rows.find((r) => r.quarter === key);
      const m = start.getUTCMonth();
      quarters.push({
        start: key,
        label: `${MONTHS[m]}–${MONTHS[m + 2]} ${start.getUTCFullYear()}`,
        ratings: RATINGS.map((r) => {
          const counts = q ? q[r.key] : [0, 0, 0];
          const g = publishGroup(counts, q?.total ?? 0, this.disclosure);
          return {
            rating: r.key,
            label: r.label,
            total: this.shown(g.total),
            poor: this.shown(g.cells[0]!),
            middling: this.shown(g.cells[1]!),
            good: this.shown(g.cells[2]!),
            goodPercent: g.percents[2]!,
          };
        }),
      });
    }
    const stories = publishCount(total, this.disclosure);
    return {
      serviceKind: { ...kind },
      area: { ...where },
      stories: this.shown(stories),
      responded: this.shown(responses.cells[0]!),
      notResponded: this.shown(responses.cells[1]!),
      responseRate: percentOf(responses.cells[0]!, responses.total),
      changed: this.shown(changes.total.suppressed ? changes.total : changes.cells[0]!),
      quarters,
      threshold: this.disclosure.threshold,
      roundingBase: this.disclosure.base,
      consentPurpose: CARE_CONSENT,
    };
  }

  private shown(c: Cell) {
    return { ...c, display: displayCell(c, this.disclosure) };
  }
}
