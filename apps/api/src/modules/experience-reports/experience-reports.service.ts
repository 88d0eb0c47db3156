import { ScreeningService } from '../moderation/screening.service';
import type { ModerationState } from '@kindred/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EFFECTIVENESS, LIMITS } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, PageArgs, toConnection, withNodes } from '../../common/graphql/pagination';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { authorHiddenFrom, canReadGroupContent, memberGroupIds } from '../access/access.sql';
import { ConditionsService } from '../conditions/conditions.service';
import { InterventionsService, toIntervention } from '../interventions/interventions.service';

type InterventionRow = Parameters<typeof toIntervention>[0];
import { ThreadsService } from '../threads/threads.service';
import { claimIdempotencyKey, recordIdempotentResult, storedIdempotentResult } from '../../common/idempotency/idempotency';
import type { FileExperienceReportInput, ReportAnswersInput } from './experience-report.input';
import type {
  ExperienceReportObject,
  ExperienceReportRevisionObject,
  ReportAnswers,
  WhatWorksEntryObject,
  WhatWorksObject,
} from './experience-report.object';

interface ReportRow {
  id: string;
  user_id: string | null;
  condition_id: string;
  intervention_id: string;
  group_id: string | null;
  effectiveness: ReportAnswers['effectiveness'];
  side_effects: ReportAnswers['sideEffects'];
  adherence: ReportAnswers['adherence'];
  burden: ReportAnswers['burden'];
  cost_band: ReportAnswers['costBand'];
  duration_weeks: number;
  still_using: boolean;
  tips: string;
  tips_html: string;
  created_at: Date;
  updated_at: Date;
  moderation: ModerationState;
  moderation_reason: string | null;
}

/**
 * The reports a viewer may see: those filed outside any group, their own, those whose group
 * content they may read (the access rules, `canReadGroupContent`); site moderators see all.
 * `$1` is the viewer id (or null), `$2` whether the viewer is a site moderator.
 */
const VISIBLE = `(r.moderation = 'visible' OR r.user_id = $1::uuid OR $2::boolean) AND (
  r.group_id IS NULL OR $2::boolean OR r.user_id = $1::uuid
  OR EXISTS (SELECT 1 FROM groups g WHERE g.id = r.group_id AND ${canReadGroupContent('g', 'r.created_at', '$1::uuid')}))`;

/** The report (column `report`) hangs under an anonymous thread. */
const ANONYMOUSLY_LINKED = (report: string) =>
  `EXISTS (SELECT 1 FROM thread_experience_reports al JOIN threads ath ON ath.id = al.thread_id WHERE al.report_id = ${report} AND ath.anonymous)`;

/**
 * Thread links (`thread_experience_reports t` joined to its thread `th` and group `g`) a viewer
 * may follow: the thread is readable to them, its author is not in a block with them, and the
 * link does not tie an anonymous thread to anything. A report that hangs under an anonymous
 * thread lists no threads to anyone but its author: with a named thread beside it, it would
 * say who wrote the anonymous one.
 */
const READABLE_LINK = (report: string, reportAuthor: string) => `(
  ($2::boolean OR ${canReadGroupContent('g', 'th.created_at', '$1::uuid')})
  AND NOT ${authorHiddenFrom({ anonymous: 'th.anonymous', authorId: 'th.author_id' }, '$1::uuid')}
  AND (${reportAuthor} = $1::uuid OR NOT ${ANONYMOUSLY_LINKED(report)}))`;

const answers = (r: ReportRow): ReportAnswers => ({
  effectiveness: r.effectiveness,
  sideEffects: r.side_effects,
  adherence: r.adherence,
  burden: r.burden,
  costBand: r.cost_band,
  durationWeeks: r.duration_weeks,
  stillUsing: r.still_using,
  tips: r.tips,
  tipsHtml: r.tips_html,
});

@Injectable()
export class ExperienceReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly interventions: InterventionsService,
    private readonly conditions: ConditionsService,
    private readonly threads: ThreadsService,
    private readonly screening: ScreeningService,
  ) {}

  private who(viewer: AuthUser | null): [string | null, boolean] {
    return [viewer?.id ?? null, isSiteModerator(viewer)];
  }

  async file(viewer: AuthUser, input: FileExperienceReportInput): Promise<ExperienceReportObject> {
    const key = input.idempotencyKey;
    const earlier = await storedIdempotentResult(this.db, viewer.id, 'experience_report', key);
    if (earlier) return this.report(viewer, earlier);
    const [condition] = await this.db.query(`SELECT id FROM conditions WHERE id = $1`, [input.conditionId]);
    if (!condition) throw notFound('That condition');
    const intervention = await this.interventions.accepted(input.interventionId);
    let groupId: string | null = null;
    if (input.threadId) {
      groupId = (await this.assertCanAttach(viewer, input.threadId, input.conditionId)).groupId;
    }
    const screening = await this.screening.screenEdit(viewer, groupId, input.tips);
    // The key is claimed in the insert's transaction: concurrent retries file one report.
    let replayed: string | null = null;
    const id = await this.db.transaction(async (tx) => {
      replayed = await claimIdempotencyKey(tx, viewer.id, 'experience_report', key);
      if (replayed) return replayed;
      const [row] = await tx.query(
        `INSERT INTO experience_reports (user_id, condition_id, intervention_id, group_id, effectiveness, side_effects,
           adherence, burden, cost_band, duration_weeks, still_using, tips, tips_html)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [viewer.id, input.conditionId, intervention.id, groupId, ...this.values(input)],
      );
      if (input.threadId) {
        await tx.query(`INSERT INTO thread_experience_reports (thread_id, report_id) VALUES ($1, $2)`, [input.threadId, row.id]);
      }
      await recordIdempotentResult(tx, viewer.id, 'experience_report', key, row.id as string);
      return row.id as string;
    });
    if (!replayed) await this.screening.afterStored('experience_report', id, screening);
    return this.report(viewer, id);
  }

  /** The author updates their report; the version replaced is kept in its history. */
  async update(viewer: AuthUser, id: string, input: ReportAnswersInput): Promise<ExperienceReportObject> {
    await this.db.transaction(async (tx) => {
      const row = await this.lockOwn(tx, viewer, id);
      await tx.query(`INSERT INTO experience_report_revisions (report_id, snapshot) VALUES ($1, $2)`, [
        id,
        JSON.stringify({ ...answers(row), replacedAt: new Date().toISOString() }),
      ]);
      await tx.query(
        `UPDATE experience_reports SET effectiveness = $2, side_effects = $3, adherence = $4, burden = $5, cost_band = $6,
           duration_weeks = $7, still_using = $8, tips = $9, tips_html = $10, updated_at = now() WHERE id = $1`,
        [id, ...this.values(input)],
      );
    });
    return this.report(viewer, id);
  }

  /** The author attaches their report to a thread they may post in. */
  async link(viewer: AuthUser, reportId: string, threadId: string): Promise<ExperienceReportObject> {
    const [owned]: ReportRow[] = await this.db.query(`SELECT * FROM experience_reports WHERE id = $1`, [reportId]);
    if (!owned) throw notFound('That experience report');
    // Checked before the transaction: the embedded database has a single connection.
    await this.assertCanAttach(viewer, threadId, owned.condition_id);
    await this.db.transaction(async (tx) => {
      await this.lockOwn(tx, viewer, reportId);
      const [mix]: { mixed: boolean }[] = await tx.query(
        `SELECT EXISTS (SELECT 1 FROM thread_experience_reports l JOIN threads o ON o.id = l.thread_id, threads n
                         WHERE l.report_id = $1 AND n.id = $2 AND o.anonymous <> n.anonymous) AS mixed`,
        [reportId, threadId],
      );
      if (mix?.mixed) {
        throw new AppError(
          'REPORT_ANONYMITY_MIX',
          'A report can hang under anonymous threads or named ones, not both: together they would say who wrote the anonymous one.',
        );
      }
      const inserted = await tx.query(
        `INSERT INTO thread_experience_reports (thread_id, report_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [threadId, reportId],
      );
      if (!inserted.length) throw new AppError('REPORT_ALREADY_LINKED', 'That report is already attached to this thread.');
    });
    return this.report(viewer, reportId);
  }

  /** A report attaches to a live thread the viewer may post in, in a group for the same condition. */
  private async assertCanAttach(viewer: AuthUser, threadId: string, conditionId: string) {
    const thread = await this.threads.readable(viewer, threadId);
    await this.threads.assertCanPost(viewer, thread.groupId);
    if (thread.deletedAt) throw new AppError('THREAD_DELETED', 'That thread was deleted.');
    if (thread.lockedAt) throw new AppError('THREAD_LOCKED', 'That thread is locked.');
    const [group] = await this.db.query(`SELECT condition_id FROM groups WHERE id = $1`, [thread.groupId]);
    if (group.condition_id !== conditionId) {
      throw new AppError('BAD_REQUEST', 'A report can only be attached to a thread about the same condition.');
    }
    return thread;
  }

  async report(viewer: AuthUser | null, id: string): Promise<ExperienceReportObject> {
    const [row]: ReportRow[] = await this.db.query(
      `SELECT r.* FROM experience_reports r WHERE r.id = $3 AND ${VISIBLE}`,
      [...this.who(viewer), id],
    );
    if (!row) throw notFound('That experience report');
    return (await this.hydrate(viewer, [row]))[0]!;
  }

  async mine(viewer: AuthUser, page: PageArgs): Promise<Connection<ExperienceReportObject>> {
    const limit = pageSize(page.first);
    const cursor = decodeCursor(page.after, 2);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM experience_reports WHERE user_id = $1`, [viewer.id]);
    const rows: ReportRow[] = await this.db.query(
      `SELECT * FROM experience_reports WHERE user_id = $1
         AND ($2::timestamptz IS NULL OR (updated_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY updated_at DESC, id DESC LIMIT $4`,
      [viewer.id, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const conn = toConnection(rows, limit, n, (r) => [new Date(r.updated_at).toISOString(), r.id], (r) => r);
    const nodes = await this.hydrate(viewer, conn.nodes);
    return withNodes(conn, nodes);
  }

  /**
   * The newest reports for the conditions of the member's groups (for their home page), those
   * they may see and not held back by moderators; one statement, a page at a time.
   */
  async newestInMemberConditions(viewer: AuthUser, limit: number, cursor: (string | number | null)[] | null): Promise<{ nodes: ExperienceReportObject[]; hasNextPage: boolean }> {
    const rows: ReportRow[] = await this.db.query(
      `SELECT r.* FROM experience_reports r
        WHERE r.condition_id IN (SELECT mgc.condition_id FROM groups mgc WHERE mgc.id IN (${memberGroupIds('$1::uuid')}))
          AND r.moderation = 'visible' AND ${VISIBLE}
          AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < ($3::timestamptz, $4::uuid))
        ORDER BY r.created_at DESC, r.id DESC LIMIT $5`,
      [...this.who(viewer), cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    return { nodes: await this.hydrate(viewer, rows.slice(0, limit)), hasNextPage: rows.length > limit };
  }

  /**
   * Reports attached to a thread (already readable by the viewer). Under a named thread, a report
   * that also hangs under an anonymous one is left out for all but its author (its id would tie
   * the two together).
   */
  async forThread(viewer: AuthUser | null, threadId: string): Promise<ExperienceReportObject[]> {
    const rows: ReportRow[] = await this.db.query(
      `SELECT r.* FROM experience_reports r JOIN thread_experience_reports t ON t.report_id = r.id JOIN threads th ON th.id = t.thread_id
        WHERE t.thread_id = $3 AND ${VISIBLE} AND (th.anonymous OR r.user_id = $1::uuid OR NOT ${ANONYMOUSLY_LINKED('r.id')})
        ORDER BY t.created_at`,
      [...this.who(viewer), threadId],
    );
    return this.hydrate(viewer, rows);
  }

  async revisions(viewer: AuthUser | null, reportId: string): Promise<ExperienceReportRevisionObject[]> {
    await this.report(viewer, reportId);
    const rows: { snapshot: ReportAnswers & { replacedAt: string } }[] = await this.db.query(
      `SELECT snapshot FROM experience_report_revisions WHERE report_id = $1 ORDER BY created_at DESC`,
      [reportId],
    );
    return rows.map((r) => ({ ...r.snapshot, replacedAt: new Date(r.snapshot.replacedAt) }));
  }

  /**
   * What works for a condition, from the reports this viewer may see: per intervention the
   * number of reports, the effectiveness distribution, the most reported side effects and the
   * latest tips with links back to their reports and threads. A fixed number of queries.
   */
  async whatWorks(viewer: AuthUser | null, conditionSlug: string): Promise<WhatWorksObject> {
    const condition = await this.conditions.bySlug(conditionSlug);
    const who = this.who(viewer);
    const counts: { intervention_id: string; effectiveness: string; n: number }[] = await this.db.query(
      `SELECT r.intervention_id, r.effectiveness, count(*)::int AS n FROM experience_reports r
        WHERE r.condition_id = $3 AND r.moderation = 'visible' AND ${VISIBLE} GROUP BY 1, 2`,
      [...who, condition.id],
    );
    const interventions: InterventionRow[] = await this.db.query(
      `SELECT i.id, i.slug, i.name, i.category, i.synonyms, i.description, i.status, i.merged_into_id FROM interventions i
        WHERE i.status = 'accepted' AND (i.id = ANY($1::uuid[])
           OR EXISTS (SELECT 1 FROM intervention_conditions ic WHERE ic.intervention_id = i.id AND ic.condition_id = $2))`,
      [[...new Set(counts.map((c) => c.intervention_id))], condition.id],
    );
    const sideEffects: { intervention_id: string; name: string; n: number }[] = await this.db.query(
      `SELECT intervention_id, name, n FROM (
         SELECT r.intervention_id, lower(se->>'name') AS name, count(*)::int AS n,
                row_number() OVER (PARTITION BY r.intervention_id ORDER BY count(*) DESC, lower(se->>'name')) AS rank
           FROM experience_reports r, jsonb_array_elements(r.side_effects) se
          WHERE r.condition_id = $3 AND r.moderation = 'visible' AND ${VISIBLE} GROUP BY 1, 2) x
        WHERE rank <= ${LIMITS.whatWorksSideEffects}`,
      [...who, condition.id],
    );
    const tips: { id: string; intervention_id: string; tips_html: string; created_at: Date; thread_ids: string[] }[] = await this.db.query(
      `SELECT id, intervention_id, tips_html, created_at, thread_ids FROM (
         SELECT r.id, r.intervention_id, r.tips_html, r.created_at,
                ARRAY(SELECT t.thread_id FROM thread_experience_reports t JOIN threads th ON th.id = t.thread_id
                        JOIN groups g ON g.id = th.group_id WHERE t.report_id = r.id AND ${READABLE_LINK('r.id', 'r.user_id')}) AS thread_ids,
                row_number() OVER (PARTITION BY r.intervention_id ORDER BY r.created_at DESC, r.id) AS rank
           FROM experience_reports r WHERE r.condition_id = $3 AND r.tips <> '' AND r.moderation = 'visible' AND ${VISIBLE}) x
        WHERE rank <= ${LIMITS.whatWorksTips} ORDER BY created_at DESC`,
      [...who, condition.id],
    );
    const entries: WhatWorksEntryObject[] = interventions.map((iv) => {
      const mine = counts.filter((c) => c.intervention_id === iv.id);
      return {
        intervention: toIntervention(iv),
        reportCount: mine.reduce((a, c) => a + c.n, 0),
        effectiveness: EFFECTIVENESS.map((e) => ({ effectiveness: e, count: mine.find((c) => c.effectiveness === e)?.n ?? 0 })),
        topSideEffects: sideEffects.filter((s) => s.intervention_id === iv.id).map((s) => ({ name: s.name, count: s.n })),
        latestTips: tips
          .filter((t) => t.intervention_id === iv.id)
          .map((t) => ({ reportId: t.id, tipsHtml: t.tips_html, createdAt: t.created_at, threadIds: t.thread_ids })),
      };
    });
    entries.sort((a, b) => b.reportCount - a.reportCount || a.intervention.name.localeCompare(b.intervention.name));
    return { condition, reportCount: entries.reduce((a, e) => a + e.reportCount, 0), entries };
  }

  private values(input: ReportAnswersInput): unknown[] {
    const sideEffects = input.sideEffects.map((s) => ({ name: s.name.trim(), severity: s.severity }));
    return [
      input.effectiveness,
      JSON.stringify(sideEffects),
      input.adherence,
      input.burden,
      input.costBand,
      input.durationWeeks,
      input.stillUsing,
      input.tips,
      renderMarkdown(input.tips),
    ];
  }

  private async lockOwn(tx: EntityManager, viewer: AuthUser, id: string): Promise<ReportRow> {
    const [row]: ReportRow[] = await tx.query(`SELECT * FROM experience_reports WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound('That experience report');
    if (row.user_id !== viewer.id) throw forbidden('Only the member who filed this report can change it.');
    return row;
  }

  /** Adds condition, intervention and thread links in three queries for any number of reports. */
  private async hydrate(viewer: AuthUser | null, rows: ReportRow[]): Promise<ExperienceReportObject[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [conds, ivs, links] = await Promise.all([
      this.db.query(`SELECT * FROM conditions WHERE id = ANY($1::uuid[])`, [[...new Set(rows.map((r) => r.condition_id))]]),
      this.db.query(
        `SELECT i.id, i.slug, i.name, i.category, i.synonyms, i.description, i.status, i.merged_into_id FROM interventions i WHERE i.id = ANY($1::uuid[])`,
        [[...new Set(rows.map((r) => r.intervention_id))]],
      ),
      this.db.query(
        `SELECT t.report_id, t.thread_id FROM thread_experience_reports t JOIN threads th ON th.id = t.thread_id
           JOIN groups g ON g.id = th.group_id JOIN experience_reports er ON er.id = t.report_id
          WHERE t.report_id = ANY($3::uuid[]) AND ${READABLE_LINK('t.report_id', 'er.user_id')}`,
        [...this.who(viewer), ids],
      ),
    ]);
    type ConditionRow = { id: string; slug: string; name: string; icd10_code: string; family: string; synonyms: string[]; description: string };
    const condById = new Map<string, ConditionRow>((conds as ConditionRow[]).map((c) => [c.id, c]));
    const ivById = new Map<string, InterventionRow>((ivs as InterventionRow[]).map((i) => [i.id, i]));
    return rows.map((r) => {
      const c = condById.get(r.condition_id)!;
      const mine = !!viewer && r.user_id === viewer.id;
      return {
        id: r.id,
        ...answers(r),
        condition: { id: c.id, slug: c.slug, name: c.name, icd10Code: c.icd10_code, family: c.family, synonyms: c.synonyms, description: c.description },
        intervention: toIntervention(ivById.get(r.intervention_id)!),
        viewerIsAuthor: mine,
        moderationState: r.moderation,
        moderationReason: mine || isSiteModerator(viewer) ? r.moderation_reason : null,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        threadIds: links.filter((l: { report_id: string }) => l.report_id === r.id).map((l: { thread_id: string }) => l.thread_id),
      };
    });
  }
}
