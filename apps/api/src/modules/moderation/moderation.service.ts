import { Inject, Injectable } from '@nestjs/common';
import { moderatedGroupIds } from '../access/access.sql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ANONYMOUS_LABEL, LIMITS } from '@kindred/contracts';
import type { CaseStatus, ModerationAction, ModerationState, ReportReason, ReportTarget } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../../common/graphql/pagination';
import { returnedRows } from '../../common/database/returning';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { GroupsService } from '../groups/groups.service';
import { CONTENT_TABLE, loadTarget, snapshotOf } from './moderation-targets';
import type { ModerationTarget, Snapshot } from './moderation-targets';
import type { ModerationActionInput, ModerationQueueArgs, ReportInput } from './moderation.input';
import type { CaseReportObject, ContentSnapshotObject, ModerationCaseObject, ModerationSummaryObject, ReportReceiptObject } from './moderation.object';
import { judgedText, recordModeratorJudgement } from './safety/safety-examples';

/** Actions that close a case; the others are recorded in its history and leave it open. */
const RESOLVING: ReadonlySet<ModerationAction> = new Set(['dismiss', 'approve', 'hide', 'remove', 'restore']);
/** Content actions and the state they leave the content in. */
const STATE_AFTER: Partial<Record<ModerationAction, ModerationState>> = { hide: 'hidden', remove: 'removed', restore: 'visible', approve: 'visible' };
const NOUN: Record<ReportTarget, string> = {
  thread: 'thread',
  reply: 'reply',
  chat_message: 'chat message',
  experience_report: 'what-works report',
  member: 'account',
};

interface CaseRow {
  id: string;
  target_type: ReportTarget;
  target_id: string;
  group_id: string | null;
  subject_id: string | null;
  subject_handle: string | null;
  status: CaseStatus;
  crisis: boolean;
  sources: string[];
  reporter_count: number;
  snapshot: Snapshot;
  claimed_by: string | null;
  claimed_at: Date | null;
  claim_live: boolean;
  claimed_handle: string | null;
  resolution: string | null;
  resolved_at: Date | null;
  opened_at: Date;
  reasons: { reason: ReportReason; count: number }[];
  url: string | null;
}

const CASE_COLUMNS = `c.id, c.target_type, c.target_id, c.group_id, c.subject_id, su.handle AS subject_handle, c.status, c.crisis,
  c.sources, c.reporter_count, c.snapshot, c.claimed_by, c.claimed_at,
  (c.claimed_by IS NOT NULL AND c.claimed_at > now() - make_interval(mins => ${LIMITS.caseClaimMinutes})) AS claim_live,
  cu.handle AS claimed_handle, c.resolution, c.resolved_at, c.opened_at,
  CASE c.target_type
    WHEN 'thread' THEN '/threads/' || c.target_id
    WHEN 'reply' THEN '/threads/' || (SELECT thread_id FROM replies WHERE id = c.target_id) || '#reply-' || c.target_id
    WHEN 'chat_message' THEN '/groups/' || (SELECT slug FROM groups WHERE id = c.group_id) || '#chat'
    WHEN 'experience_report' THEN '/reports/' || c.target_id
    ELSE '/members/' || su.handle END AS url,
  COALESCE((SELECT json_agg(json_build_object('reason', x.reason, 'count', x.n) ORDER BY x.n DESC, x.reason)
              FROM (SELECT reason, count(*)::int AS n FROM content_reports WHERE case_id = c.id GROUP BY reason) x), '[]') AS reasons`;
const CASE_FROM = `moderation_cases c LEFT JOIN users su ON su.id = c.subject_id LEFT JOIN users cu ON cu.id = c.claimed_by`;

export const toSnapshot = (s: Snapshot): ContentSnapshotObject => ({ ...s, capturedAt: new Date(s.capturedAt) });

/** A case as the queue and the case page show it; reports, history, current content and members resolve lazily. */
export type CaseView = Omit<ModerationCaseObject, 'reports' | 'history' | 'current' | 'subject' | 'claimedBy'> & {
  subjectId: string | null;
  claimedById: string | null;
};

/**
 * Reports, the review queue and moderators' actions. Who may act is checked here: site
 * moderators everywhere, a group's moderators only on that group's content and members.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- access ------------------------------------------------------------------------------

  /** Site moderators handle everything; a group's moderators its content; null group: site moderators only. */
  async assertModerates(viewer: AuthUser, groupId: string | null): Promise<void> {
    if (isSiteModerator(viewer)) return;
    if (!groupId) throw forbidden('Only site moderators handle this.');
    await this.groups.assertCanModerate(viewer, groupId);
  }

  /** The groups whose queue the viewer sees: null for all (site moderators). */
  async moderatedGroupIds(viewer: AuthUser): Promise<string[] | null> {
    const groups = await this.groupsModeratedBy(viewer);
    if (groups?.length === 0) throw forbidden('Only moderators can see the review queue.');
    return groups;
  }

  /** The groups the viewer moderates (perhaps none); null for all (site moderators). */
  private async groupsModeratedBy(viewer: AuthUser): Promise<string[] | null> {
    if (isSiteModerator(viewer)) return null;
    const rows: { group_id: string }[] = await this.db.query(
      `${moderatedGroupIds('$1')}`,
      [viewer.id],
    );
    return rows.map((r) => r.group_id);
  }

  /** A member may report what they can read. */
  private async assertCanSee(viewer: AuthUser, t: ModerationTarget): Promise<void> {
    if (t.type === 'member' || isSiteModerator(viewer) || !t.groupId) return;
    const needsMembership = t.type === 'chat_message' || t.groupVisibility === 'private';
    if (needsMembership && !(await this.groups.isActiveMember(viewer.id, t.groupId))) {
      throw forbidden('You can only report what you can see.');
    }
  }

  // ---- reports -----------------------------------------------------------------------------

  async report(viewer: AuthUser, input: ReportInput): Promise<ReportReceiptObject> {
    const target = await loadTarget(this.db.manager, input.targetType, input.targetId);
    if (!target || target.deleted) throw notFound(`That ${NOUN[input.targetType]}`);
    await this.assertCanSee(viewer, target);
    if (target.authorId === viewer.id) throw new AppError('CANNOT_REPORT_SELF', 'You cannot report yourself or your own posts.');
    const [{ recent }]: { recent: number }[] = await this.db.query(
      `SELECT count(*)::int AS recent FROM content_reports WHERE reporter_id = $1 AND created_at > now() - interval '1 hour'`,
      [viewer.id],
    );
    if (recent >= LIMITS.reportsPerHour) {
      throw new AppError('TOO_MANY_REQUESTS', `You can file up to ${LIMITS.reportsPerHour} reports an hour. Thank you for helping; please try again later.`, {
        retryAfterSeconds: 3600,
      });
    }
    const threshold = this.config.moderation.hideAfterReports;
    const result = await this.db.transaction(async (tx) => {
      const locked = (await loadTarget(tx, target.type, target.id, true)) ?? target;
      const caseId = await this.openCase(tx, locked, 'report', input.reason === 'crisis');
      const inserted: { id: string; created_at: Date }[] = await tx.query(
        `INSERT INTO content_reports (case_id, reporter_id, reason, note, snapshot) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (case_id, reporter_id) DO NOTHING RETURNING id, created_at`,
        [caseId, viewer.id, input.reason, input.note.trim(), JSON.stringify(snapshotOf(locked))],
      );
      if (!inserted[0]) throw new AppError('ALREADY_REPORTED', 'You have already reported this; moderators will review it.');
      const [{ reporter_count }] = returnedRows<{ reporter_count: number }>(
        await tx.query(
          `UPDATE moderation_cases SET reporter_count = reporter_count + 1, crisis = crisis OR $2 WHERE id = $1 RETURNING reporter_count`,
          [caseId, input.reason === 'crisis'],
        ),
      ) as [{ reporter_count: number }];
      const table = CONTENT_TABLE[locked.type];
      const autoHide = !!table && locked.state === 'visible' && reporter_count >= threshold;
      if (autoHide) {
        const why = `Reported by ${reporter_count} members; hidden until a moderator reviews it.`;
        await tx.query(`UPDATE ${table} SET moderation = 'hidden', moderation_reason = $2 WHERE id = $1`, [locked.id, why]);
        await this.addSource(tx, caseId, 'auto_hidden');
        await this.audit.record(
          { actorId: null, action: 'content.auto_hide', targetType: locked.type, targetId: locked.id, reason: why, details: { groupId: locked.groupId, caseId } },
          tx,
        );
      }
      return { receipt: inserted[0], autoHide };
    });
    if (result.autoHide) {
      this.changed(target, 'hidden');
      this.tell(target, null, `Your ${NOUN[target.type]} is hidden while moderators review reports about it.`);
    }
    return {
      id: result.receipt.id,
      createdAt: result.receipt.created_at,
      message: 'Thank you. Moderators will review this. The person you reported will not be told who reported it.',
    };
  }

  /** The open case for a target, opened if there is none; a second source joins it. */
  async openCase(tx: EntityManager, t: ModerationTarget, source: string, crisis: boolean): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO moderation_cases (target_type, target_id, group_id, subject_id, snapshot, crisis, sources)
       VALUES ($1, $2, $3, $4, $5, $6, ARRAY[$7::text])
       ON CONFLICT (target_type, target_id) WHERE status = 'open' DO UPDATE
         SET crisis = moderation_cases.crisis OR EXCLUDED.crisis,
             sources = CASE WHEN $7 = ANY(moderation_cases.sources) THEN moderation_cases.sources
                            ELSE moderation_cases.sources || ARRAY[$7::text] END
       RETURNING id`,
      [t.type, t.id, t.groupId, t.authorId, JSON.stringify(snapshotOf(t)), crisis, source],
    );
    return row!.id;
  }

  private async addSource(tx: EntityManager, caseId: string, source: string): Promise<void> {
    await tx.query(
      `UPDATE moderation_cases SET sources = sources || ARRAY[$2::text] WHERE id = $1 AND NOT ($2 = ANY(sources))`,
      [caseId, source],
    );
  }

  // ---- the queue ---------------------------------------------------------------------------

  async queue(viewer: AuthUser, args: ModerationQueueArgs): Promise<Connection<CaseView>> {
    const groups = await this.moderatedGroupIds(viewer);
    const first = args.first ?? LIMITS.pageSizeDefault;
    if (!Number.isInteger(first) || first < 1) throw new AppError('BAD_REQUEST', '`first` must be at least 1.');
    if (first > LIMITS.moderationQueuePageMax) {
      throw new AppError('PAGE_SIZE_TOO_LARGE', `The queue shows at most ${LIMITS.moderationQueuePageMax} items a page.`);
    }
    const offset = Number(decodeCursor(args.after, 1)?.[0] ?? 0);
    if (!Number.isInteger(offset) || offset < 0) throw new AppError('INVALID_CURSOR', 'That page cursor is not valid.');
    const where = `c.status = $1 AND ($2::uuid[] IS NULL OR c.group_id = ANY($2)) AND ($3::uuid IS NULL OR c.group_id = $3)
      AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM content_reports r WHERE r.case_id = c.id AND r.reason = $4))
      AND ($5::text IS NULL OR c.target_type = $5) AND (NOT $6 OR c.crisis)`;
    const params = [args.status, groups, args.groupId ?? null, args.reason ?? null, args.targetType ?? null, args.crisisOnly];
    const order = args.status === 'open' ? 'c.crisis DESC, c.reporter_count DESC, c.opened_at ASC, c.id' : 'c.resolved_at DESC, c.id';
    const [rows, [{ n }]]: [CaseRow[], [{ n: number }]] = await Promise.all([
      this.db.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${where} ORDER BY ${order} LIMIT $7 OFFSET $8`, [
        ...params,
        first + 1,
        offset,
      ]),
      this.db.query(`SELECT count(*)::int AS n FROM moderation_cases c WHERE ${where}`, params),
    ]);
    // The cursor is the position in the queue (its order is not a key the next page could seek).
    return toConnection(
      rows.map((row, i) => ({ row, position: offset + i + 1 })),
      first,
      n,
      (r) => [r.position],
      (r) => this.toCase(r.row, viewer),
    );
  }

  /** Open cases the viewer moderates; null for a member who moderates nothing. */
  async summary(viewer: AuthUser): Promise<ModerationSummaryObject | null> {
    const groups = await this.groupsModeratedBy(viewer);
    if (groups?.length === 0) return null;
    const [row]: { open: number; crisis: number }[] = await this.db.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE crisis)::int AS crisis
         FROM moderation_cases WHERE status = 'open' AND ($1::uuid[] IS NULL OR group_id = ANY($1))`,
      [groups],
    );
    return row!;
  }

  async caseById(viewer: AuthUser, id: string): Promise<CaseView> {
    const row = await this.caseRow(this.db.manager, id);
    await this.assertModerates(viewer, row.group_id);
    return this.toCase(row, viewer);
  }

  private async caseRow(db: EntityManager, id: string): Promise<CaseRow> {
    const [row]: CaseRow[] = await db.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1`, [id]);
    if (!row) throw notFound('That case');
    return row;
  }

  private toCase(r: CaseRow, viewer: AuthUser): CaseView {
    const claimed = r.claim_live ? r.claimed_by : null;
    return {
      id: r.id,
      targetType: r.target_type,
      targetId: r.target_id,
      groupId: r.group_id,
      subjectId: r.snapshot.authorLabel === ANONYMOUS_LABEL && r.target_type !== 'member' ? null : r.subject_id,
      subjectLabel: r.target_type === 'member' ? (r.subject_handle ?? r.snapshot.authorLabel) : r.snapshot.authorLabel,
      status: r.status,
      crisis: r.crisis,
      sources: r.sources,
      reasons: r.reasons,
      reporterCount: r.reporter_count,
      snapshot: toSnapshot(r.snapshot),
      contextUrl: r.url ?? '/',
      claimedById: claimed,
      claimedAt: claimed ? r.claimed_at : null,
      viewerHasClaim: claimed === viewer.id,
      openedAt: r.opened_at,
      resolvedAt: r.resolved_at,
      resolution: r.resolution,
    };
  }

  /** The content now, or null when it is gone or deleted. */
  async current(c: CaseView): Promise<ContentSnapshotObject | null> {
    const t = await loadTarget(this.db.manager, c.targetType, c.targetId);
    return t && !t.deleted ? toSnapshot(snapshotOf(t)) : null;
  }

  async reports(c: CaseView): Promise<(Omit<CaseReportObject, 'reporter'> & { reporterId: string | null })[]> {
    const rows: { id: string; reason: ReportReason; note: string; created_at: Date; reporter_id: string | null; snapshot: Snapshot }[] =
      await this.db.query(
        `SELECT id, reason, note, created_at, reporter_id, snapshot FROM content_reports WHERE case_id = $1 ORDER BY created_at, id`,
        [c.id],
      );
    return rows.map((r) => ({ id: r.id, reason: r.reason, note: r.note, createdAt: r.created_at, reporterId: r.reporter_id, snapshot: toSnapshot(r.snapshot) }));
  }

  // ---- claims ------------------------------------------------------------------------------

  /** Claims a case so two moderators do not handle it at once; a claim lapses after a while. */
  async claim(viewer: AuthUser, id: string): Promise<CaseView> {
    const row = await this.caseRow(this.db.manager, id);
    await this.assertModerates(viewer, row.group_id);
    const claimed = returnedRows<{ id: string }>(await this.db.query(
      `UPDATE moderation_cases SET claimed_by = $2, claimed_at = now()
        WHERE id = $1 AND status = 'open'
          AND (claimed_by IS NULL OR claimed_by = $2 OR claimed_at <= now() - make_interval(mins => ${LIMITS.caseClaimMinutes}))
        RETURNING id`,
      [id, viewer.id],
    ));
    const after = await this.caseRow(this.db.manager, id);
    if (!claimed.length) this.assertActionable(after, viewer);
    return this.toCase(after, viewer);
  }

  async release(viewer: AuthUser, id: string): Promise<CaseView> {
    const row = await this.caseRow(this.db.manager, id);
    await this.assertModerates(viewer, row.group_id);
    if (row.claim_live && row.claimed_by !== viewer.id && !isSiteModerator(viewer)) {
      throw new AppError('CASE_CLAIMED', `@${row.claimed_handle ?? 'another moderator'} is handling this case.`);
    }
    await this.db.query(`UPDATE moderation_cases SET claimed_by = NULL, claimed_at = NULL WHERE id = $1`, [id]);
    return this.toCase(await this.caseRow(this.db.manager, id), viewer);
  }

  private assertActionable(row: CaseRow, viewer: AuthUser): void {
    if (row.status === 'resolved') throw new AppError('CASE_RESOLVED', 'This case is already resolved.');
    if (row.claim_live && row.claimed_by !== viewer.id) {
      throw new AppError('CASE_CLAIMED', `@${row.claimed_handle ?? 'another moderator'} is handling this case; claims lapse after ${LIMITS.caseClaimMinutes} minutes.`);
    }
  }

  // ---- actions -----------------------------------------------------------------------------

  async moderate(viewer: AuthUser, input: ModerationActionInput): Promise<CaseView> {
    const reason = input.reason.trim();
    if (reason.length < LIMITS.moderationReasonMin) throw new AppError('VALIDATION_FAILED', 'Give a reason: the author is told what happened and why.');
    let caseId = input.caseId ?? null;
    let targetType = input.targetType;
    let targetId = input.targetId;
    if (caseId) {
      const row = await this.caseRow(this.db.manager, caseId);
      await this.assertModerates(viewer, row.group_id);
      targetType = row.target_type;
      targetId = row.target_id;
    } else if (!targetType || !targetId) {
      throw new AppError('BAD_REQUEST', 'Say which case, or which item (targetType and targetId), to act on.');
    }
    const target = await loadTarget(this.db.manager, targetType!, targetId!);
    if (!target && input.action !== 'dismiss') throw notFound(`That ${NOUN[targetType!]}`);
    const groupId = target?.groupId ?? null;
    const muteGroup = input.action === 'mute' ? (groupId ?? input.groupId ?? null) : null;
    await this.assertModerates(viewer, input.action === 'mute' && muteGroup ? muteGroup : groupId);
    if (target) this.assertValid(viewer, input, target, muteGroup);
    if (target?.authorId && input.action === 'suspend' && viewer.role !== 'admin') {
      const [u]: { role: string }[] = await this.db.query(`SELECT role FROM users WHERE id = $1`, [target.authorId]);
      if (u && (u.role === 'moderator' || u.role === 'admin')) throw forbidden('Only an admin can suspend a site moderator or an admin.');
    }

    const outcome = await this.db.transaction(async (tx) => {
      const t = target ? ((await loadTarget(tx, target.type, target.id, true)) ?? target) : null;
      if (!caseId) caseId = await this.openCase(tx, t!, 'moderator', false);
      await tx.query(`SELECT 1 FROM moderation_cases WHERE id = $1 FOR UPDATE`, [caseId]);
      const row = await this.caseRow(tx, caseId);
      this.assertActionable(row, viewer);
      // The moderator's word on whether it is a crisis teaches the crisis check (the text only, kept when they disagree).
      if (input.crisis != null) await recordModeratorJudgement(tx, { text: judgedText(row.target_type, row.snapshot), targetType: row.target_type, crisis: input.crisis });
      const table = t ? CONTENT_TABLE[t.type] : undefined;
      let state = t?.state ?? null;
      let until: Date | null = null;
      const action = input.action;
      if (t && table && (STATE_AFTER[action] || (action === 'dismiss' && t.state === 'hidden' && row.sources.includes('auto_hidden')))) {
        state = STATE_AFTER[action] ?? 'visible';
        if (state === t.state) throw new AppError('INVALID_ACTION', `That ${NOUN[t.type]} is already ${state}.`);
        await tx.query(`UPDATE ${table} SET moderation = $2, moderation_reason = $3 WHERE id = $1`, [t.id, state, state === 'visible' ? null : reason]);
      }
      if (t && (action === 'lock' || action === 'unlock')) {
        await tx.query(
          `UPDATE threads SET locked_at = CASE WHEN $2 THEN COALESCE(locked_at, now()) END, locked_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
          [t.id, action === 'lock', viewer.id],
        );
      }
      if (t && action === 'mute') {
        // The author of an anonymous post is muted without being named: the mute is listed by its
        // case ("author of an anonymous post"), never by handle or id.
        const [m]: { until: Date }[] = await tx.query(
          `INSERT INTO chat_mutes (group_id, user_id, until, reason, muted_by, concealed, case_id)
           VALUES ($1, $2, now() + make_interval(hours => $3), $4, $5, $6, $7)
           ON CONFLICT (group_id, user_id) DO UPDATE SET until = EXCLUDED.until, reason = EXCLUDED.reason, muted_by = EXCLUDED.muted_by,
             created_at = now(), concealed = chat_mutes.concealed OR EXCLUDED.concealed, case_id = EXCLUDED.case_id
           RETURNING until`,
          [muteGroup, t.authorId, input.durationHours, reason, viewer.id, t.anonymous, caseId],
        );
        until = m!.until;
      }
      if (t && action === 'suspend') {
        const [u] = returnedRows<{ suspended_until: Date }>(
          await tx.query(
            `UPDATE users SET suspended_until = now() + make_interval(hours => $2), suspension_reason = $3 WHERE id = $1 RETURNING suspended_until`,
            [t.authorId, input.durationHours, reason],
          ),
        );
        until = u!.suspended_until;
        await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [t.authorId]);
      }
      const subjectKind = action === 'suspend' || action === 'warn' || action === 'mute' ? 'member' : 'content';
      await this.audit.record(
        {
          actorId: viewer.id,
          action: `${subjectKind}.${action}`,
          targetType: targetType!,
          targetId: targetId!,
          reason,
          details: {
            groupId: muteGroup ?? groupId,
            caseId,
            // An anonymous post's author is never named in the log; a reveal is its own, audited act.
            ...(subjectKind === 'member' && t?.authorId && !t.anonymous ? { memberId: t.authorId } : {}),
            ...(input.durationHours ? { durationHours: input.durationHours } : {}),
          },
        },
        tx,
      );
      if (RESOLVING.has(action)) {
        await tx.query(
          `UPDATE moderation_cases SET status = 'resolved', resolution = $2, resolved_by = $3, resolved_at = now(), claimed_by = NULL, claimed_at = NULL
            WHERE id = $1`,
          [caseId, action, viewer.id],
        );
      }
      return { state, until, before: t?.state ?? null };
    });

    if (target) this.afterAction(viewer, input.action, target, reason, outcome);
    return this.toCase(await this.caseRow(this.db.manager, caseId!), viewer);
  }

  private assertValid(viewer: AuthUser, input: ModerationActionInput, t: ModerationTarget, muteGroup: string | null): void {
    const a = input.action;
    const invalid = (message: string) => new AppError('INVALID_ACTION', message);
    if ((STATE_AFTER[a] || a === 'lock' || a === 'unlock') && t.type === 'member') {
      throw invalid('That acts on content; for a member, warn, mute or suspend.');
    }
    if ((a === 'lock' || a === 'unlock') && t.type !== 'thread') throw invalid('Only threads can be locked.');
    if (a === 'approve' && t.state !== 'pending') throw invalid('Only content waiting for approval can be approved.');
    if (a === 'restore' && t.state === 'visible') throw invalid(`That ${NOUN[t.type]} is already visible.`);
    if ((a === 'warn' || a === 'mute' || a === 'suspend') && !t.authorId) throw invalid('There is no member to act on: the account was deleted.');
    if ((a === 'warn' || a === 'mute' || a === 'suspend') && t.authorId === viewer.id) throw invalid('You cannot act on yourself.');
    if ((a === 'mute' || a === 'suspend') && !input.durationHours) throw invalid('Say how long, in hours.');
    if (a === 'mute' && !muteGroup) throw invalid('Say which group to mute the member in.');
    if (a === 'suspend' && !isSiteModerator(viewer)) throw forbidden('Only site moderators can suspend an account.');
  }

  /** After commit: live views update and the author is told what happened and why. */
  private afterAction(
    viewer: AuthUser,
    action: ModerationAction,
    t: ModerationTarget,
    reason: string,
    outcome: { state: ModerationState | null; until: Date | null; before: ModerationState | null },
  ): void {
    if (outcome.state && outcome.state !== outcome.before) this.changed(t, outcome.state);
    if (action === 'approve' && (t.type === 'thread' || t.type === 'reply')) this.events.emit('post.created', { type: t.type, id: t.id });
    if (action === 'suspend' && t.authorId) this.events.emit('user.signed-out', { userId: t.authorId });
    const noun = NOUN[t.type];
    const what = t.title && t.type !== 'member' ? `${noun} “${t.title.slice(0, 80)}”` : noun;
    const until = outcome.until ? outcome.until.toUTCString() : '';
    const messages: Partial<Record<ModerationAction, string>> = {
      hide: `A moderator hid your ${what}: ${reason}`,
      remove: `A moderator removed your ${what}: ${reason}`,
      restore: `A moderator restored your ${what}: ${reason}`,
      approve: `A moderator approved your ${what}; it is now visible: ${reason}`,
      lock: `A moderator locked your ${what}: ${reason}`,
      unlock: `A moderator unlocked your ${what}: ${reason}`,
      warn: `A moderator has warned you about your ${what}: ${reason}`,
      mute: `A moderator muted you in this group until ${until}: ${reason}`,
      suspend: `Your account is suspended until ${until}: ${reason}`,
      dismiss: outcome.state === 'visible' && outcome.before !== 'visible' ? `Your ${what} is visible again after review: ${reason}` : undefined,
    };
    const message = messages[action];
    if (message) this.tell(t, viewer.id, message);
  }

  private changed(t: ModerationTarget, state: ModerationState): void {
    this.events.emit('content.moderated', { type: t.type, id: t.id, groupId: t.groupId, state });
  }

  private tell(t: ModerationTarget, actorId: string | null, message: string): void {
    if (!t.authorId || t.authorId === actorId) return;
    this.events.emit('moderation.action', { userId: t.authorId, actorId, groupId: t.groupId, message, url: t.type === 'member' ? '/notifications' : t.url });
  }
}
