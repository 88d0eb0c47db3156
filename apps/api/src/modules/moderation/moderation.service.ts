import { Inject, Injectable } from '@nestjs/common';
import { moderatedGroupIds } from '../access/access.sql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ANONYMOUS_LABEL, LIMITS } from '@kindred/contracts';
import type { AuditAction, CaseStatus, ModerationAction, ModerationState, ReportReason, ReportTarget } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, fieldError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { returnedRows } from '../../common/database/returning';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { GroupsService } from '../groups/groups.service';
import { CONTENT_TABLE, loadTarget, snapshotOf } from './moderation-targets';
import type { ModerationTarget, Snapshot } from './moderation-targets';
import { ModerationQueueArgs } from './moderation.input';
import type { ModerationActionInput, ReportInput } from './moderation.input';
import type { CaseReportObject, ContentSnapshotObject, ModerationCaseObject, ModerationSummaryObject, ReportReceiptObject } from './moderation.object';
import { judgedText, recordModeratorJudgement } from './safety/safety-examples';

/**
 * Every act a moderator takes: the review queue's actions (`ModerationAction`), and the acts
 * the older mutations name (ending a mute, deleting a chat message, removing a member from a
 * group). All go through `ModerationService.act`.
 */
export type ModeratorAction = ModerationAction | 'unmute' | 'delete_message' | 'remove_member';

/** One moderator act. */
export interface ModeratorAct {
  action: ModeratorAction;
  /** Told to the author and kept in the audit log. */
  reason: string;
  /** The case acted on (from the review queue); or `target`. */
  caseId?: string | null;
  /** The item acted on; a member for warn, mute, unmute, suspend and remove_member. */
  target?: { type: ReportTarget; id: string } | null;
  /** mute, unmute and remove_member: the group (a post's own group wins for a mute of its author). */
  groupId?: string | null;
  /** mute and suspend: how long. */
  minutes?: number | null;
  /** unmute: the mute, when that is all the moderator knows (a concealed mute). */
  muteId?: string | null;
  /** The moderator's judgement of whether the case signals a crisis. */
  crisis?: boolean | null;
  /** Acting on an item without a case opens one (the review queue), or only joins an open one (the direct mutations). */
  opensCase: boolean;
}

export interface ActOutcome {
  /** The case the act was recorded against, if any. */
  caseId: string | null;
  /** false when there was nothing to do (ending a mute that had already ended). */
  done: boolean;
  until: Date | null;
}

interface Effect {
  done: boolean;
  state: ModerationState | null;
  before: ModerationState | null;
  until: Date | null;
}

interface ActContext {
  t: ModerationTarget | null;
  row: CaseRow | null;
  reason: string;
  groupId: string | null;
  minutes: number | null;
  caseId: string | null;
  muteId: string | null;
}

interface MuteRow {
  id: string;
  user_id: string;
  concealed: boolean;
  case_id: string | null;
}

/** Actions that close a case; the others are recorded in its history and leave it open. */
const RESOLVING: ReadonlySet<ModeratorAction> = new Set(['dismiss', 'approve', 'hide', 'remove', 'restore']);
/** Acts on content, never on a member. */
const CONTENT_ACTS: ReadonlySet<ModeratorAction> = new Set(['approve', 'hide', 'remove', 'restore', 'lock', 'unlock']);
/** Acts on a member (the reported member, or a post's author). */
const MEMBER_ACTS: ReadonlySet<ModeratorAction> = new Set(['warn', 'mute', 'unmute', 'suspend', 'remove_member']);
/** Acts within a group (the post's group, or the one named). */
const GROUP_ACTS: ReadonlySet<ModeratorAction> = new Set(['mute', 'unmute', 'remove_member']);
const NOUN: Record<ReportTarget, string> = {
  thread: 'thread',
  reply: 'reply',
  chat_message: 'chat message',
  experience_report: 'what-works report',
  member: 'account',
  care_experience: 'story of care',
  care_response: 'response to a story of care',
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
    WHEN 'care_experience' THEN '/care/stories/' || c.target_id
    WHEN 'care_response' THEN '/care/stories/' || (SELECT experience_id FROM care_experience_responses WHERE id = c.target_id) || '#response-' || c.target_id
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
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- access ------------------------------------------------------------------------------

  /** Site moderators handle everything; a group's moderators its content; null group: site moderators only. */
  async assertModerates(viewer: AuthUser, groupId: string | null): Promise<void> {
    if (!groupId && !isSiteModerator(viewer)) {
      this.access.assertPowersActive(viewer);
      throw forbidden('Only site moderators handle this.');
    }
    await this.access.assertCanModerate(viewer, groupId);
  }

  /** The groups whose queue the viewer sees: null for all (site moderators). */
  async moderatedGroupIds(viewer: AuthUser): Promise<string[] | null> {
    const groups = await this.groupsModeratedBy(viewer);
    if (groups?.length === 0) {
      this.access.assertPowersActive(viewer);
      throw forbidden('Only moderators can see the review queue.');
    }
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
    const first = pageSize(args.first, ModerationQueueArgs.limits);
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

  // ---- actions: one path for every moderator act -------------------------------------------

  /** A moderator acts on a case from the review queue, or on an item (which opens a case). */
  async moderate(viewer: AuthUser, input: ModerationActionInput): Promise<CaseView> {
    const reason = input.reason.trim();
    if (reason.length < LIMITS.moderationReasonMin) throw new AppError('VALIDATION_FAILED', 'Give a reason: the author is told what happened and why.');
    if (!input.caseId && (!input.targetType || !input.targetId)) {
      throw new AppError('BAD_REQUEST', 'Say which case, or which item (targetType and targetId), to act on.');
    }
    const { caseId } = await this.act(viewer, {
      action: input.action,
      reason,
      caseId: input.caseId ?? null,
      target: input.caseId ? null : { type: input.targetType!, id: input.targetId! },
      groupId: input.groupId ?? null,
      minutes: input.durationHours ? input.durationHours * 60 : null,
      crisis: input.crisis ?? null,
      opensCase: true,
    });
    return this.toCase(await this.caseRow(this.db.manager, caseId!), viewer);
  }

  /**
   * Every moderator act, whichever mutation asks for it (moderate, setThreadLocked,
   * muteChatMember, unmuteChatMember, deleteChatMessage, removeGroupMember): checks the
   * moderator's right, finds the case (acting from the queue opens one; a direct act joins the
   * item's open case if there is one), applies the effect and writes the audit entry in one
   * transaction, then tells the author. The author of an anonymous post is acted on without
   * being named: a mute of them is concealed, and the audit entry carries no member id.
   */
  async act(viewer: AuthUser, act: ModeratorAct): Promise<ActOutcome> {
    const action = act.action;
    let caseId = act.caseId ?? null;
    let ref = act.target ?? null;
    // A mute is ended by the member or by the mute itself; a concealed mute is recorded against its case.
    let mute: MuteRow | null = null;
    let linkedCase: string | null = null;
    if (caseId) {
      const row = await this.caseRow(this.db.manager, caseId);
      await this.assertModerates(viewer, row.group_id);
      ref = { type: row.target_type, id: row.target_id };
    } else if (action === 'unmute') {
      await this.assertModerates(viewer, act.groupId ?? null);
      mute = await this.findMute(act.groupId ?? null, ref?.type === 'member' ? ref.id : null, act.muteId ?? null);
      if (!mute) return { caseId: null, done: false, until: null };
      const muteCase = mute.concealed && mute.case_id ? await this.caseRow(this.db.manager, mute.case_id) : null;
      linkedCase = muteCase?.id ?? null;
      ref = muteCase ? { type: muteCase.target_type, id: muteCase.target_id } : { type: 'member', id: mute.user_id };
    }
    if (!ref) throw new AppError('BAD_REQUEST', 'Say which case, or which item, to act on.');
    const target = await loadTarget(this.db.manager, ref.type, ref.id);
    if (!target && !(caseId && action === 'dismiss')) throw notFound(`That ${NOUN[ref.type]}`);
    const groupId = GROUP_ACTS.has(action) ? (target?.groupId ?? act.groupId ?? null) : (target?.groupId ?? null);
    await this.assertModerates(viewer, groupId);
    const reason = checkReason(act.reason);
    if (target) await this.assertValid(viewer, act, target, groupId);

    const outcome = await this.db.transaction(async (tx) => {
      const t = target ? ((await loadTarget(tx, target.type, target.id, true)) ?? target) : null;
      if (!caseId && t && act.opensCase) caseId = await this.openCase(tx, t, 'moderator', false);
      let row: CaseRow | null = null;
      if (caseId) {
        await tx.query(`SELECT 1 FROM moderation_cases WHERE id = $1 FOR UPDATE`, [caseId]);
        row = await this.caseRow(tx, caseId);
        this.assertActionable(row, viewer);
        // The moderator's word on whether it is a crisis teaches the crisis check (the text only, kept when they disagree).
        if (act.crisis != null) await recordModeratorJudgement(tx, { text: judgedText(row.target_type, row.snapshot), targetType: row.target_type, crisis: act.crisis });
      }
      // A direct act is recorded against the item's open case, if it has one (and a concealed mute's end against the mute's case).
      const recordedCase = caseId ?? linkedCase ?? (t ? await this.openCaseOf(tx, t) : null);
      const effect = await this.apply(tx, viewer, action, { t, row, reason, groupId, minutes: act.minutes ?? null, caseId: recordedCase, muteId: mute?.id ?? null });
      if (!effect.done) return { ...effect, caseId: recordedCase };
      await this.audit.record(
        {
          actorId: viewer.id,
          action: auditActionOf(action),
          targetType: ref.type,
          targetId: ref.id,
          reason,
          details: {
            groupId,
            caseId: recordedCase,
            // An anonymous post's author is never named in the log; a reveal is its own, audited act.
            ...(MEMBER_ACTS.has(action) && t?.authorId && !t.anonymous ? { memberId: t.authorId } : {}),
            ...(act.minutes ? { minutes: act.minutes } : {}),
          },
        },
        tx,
      );
      if (caseId && RESOLVING.has(action)) {
        await tx.query(
          `UPDATE moderation_cases SET status = 'resolved', resolution = $2, resolved_by = $3, resolved_at = now(), claimed_by = NULL, claimed_at = NULL
            WHERE id = $1`,
          [caseId, action, viewer.id],
        );
      }
      return { ...effect, caseId: recordedCase };
    });

    if (target && outcome.done) await this.afterAction(viewer, action, target, reason, groupId, outcome);
    return { caseId: outcome.caseId, done: outcome.done, until: outcome.until };
  }

  /** The effect of each act, inside the act's transaction. Every action is handled here (the switch is exhaustive). */
  private async apply(tx: EntityManager, viewer: AuthUser, action: ModeratorAction, on: ActContext): Promise<Effect> {
    const { t, row, reason } = on;
    const unchanged: Effect = { done: true, state: t?.state ?? null, before: t?.state ?? null, until: null };
    if (!t) return unchanged; // dismissing a case whose item is gone
    switch (action) {
      case 'dismiss': {
        // Content hidden automatically after reports is visible again once the reports are dismissed.
        const autoHidden = t.state === 'hidden' && !!row?.sources.includes('auto_hidden');
        return autoHidden ? this.setState(tx, t, 'visible', reason) : unchanged;
      }
      case 'approve':
      case 'restore':
        return this.setState(tx, t, 'visible', reason);
      case 'hide':
        return this.setState(tx, t, 'hidden', reason);
      case 'remove':
        return this.setState(tx, t, 'removed', reason);
      case 'lock':
      case 'unlock':
        await tx.query(
          `UPDATE threads SET locked_at = CASE WHEN $2 THEN COALESCE(locked_at, now()) END, locked_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
          [t.id, action === 'lock', viewer.id],
        );
        return unchanged;
      case 'warn':
        return unchanged;
      case 'mute': {
        // The author of an anonymous post is muted without being named: the mute is listed by its
        // case ("author of an anonymous post"), never by handle or id.
        const [m]: { until: Date }[] = await tx.query(
          `INSERT INTO chat_mutes (group_id, user_id, until, reason, muted_by, concealed, case_id)
           VALUES ($1, $2, now() + make_interval(mins => $3), $4, $5, $6, $7)
           ON CONFLICT (group_id, user_id) DO UPDATE SET until = EXCLUDED.until, reason = EXCLUDED.reason, muted_by = EXCLUDED.muted_by,
             created_at = now(), concealed = chat_mutes.concealed OR EXCLUDED.concealed, case_id = COALESCE(EXCLUDED.case_id, chat_mutes.case_id)
           RETURNING until`,
          [on.groupId, t.authorId, on.minutes, reason, viewer.id, t.anonymous, on.caseId],
        );
        return { ...unchanged, until: m!.until };
      }
      case 'unmute': {
        const gone = returnedRows<{ id: string }>(
          await tx.query(
            `DELETE FROM chat_mutes WHERE group_id = $1 AND ($2::uuid IS NULL OR id = $2) AND ($3::uuid IS NULL OR user_id = $3) RETURNING id`,
            [on.groupId, on.muteId, on.muteId ? null : t.authorId],
          ),
        );
        return { ...unchanged, done: gone.length > 0 };
      }
      case 'suspend': {
        const [u] = returnedRows<{ suspended_until: Date }>(
          await tx.query(
            `UPDATE users SET suspended_until = now() + make_interval(mins => $2), suspension_reason = $3 WHERE id = $1 RETURNING suspended_until`,
            [t.authorId, on.minutes, reason],
          ),
        );
        await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [t.authorId]);
        return { ...unchanged, until: u!.suspended_until };
      }
      case 'delete_message':
        await tx.query(`UPDATE chat_messages SET deleted_at = now(), deleted_by = $2 WHERE id = $1`, [t.id, viewer.id]);
        return unchanged;
      case 'remove_member':
        // Kept as 'removed', not deleted: coming back is a request a moderator decides.
        await this.groups.endMembership(tx, viewer, on.groupId!, t.id);
        return unchanged;
      default: {
        const _never: never = action;
        throw new Error(`Unhandled moderator action ${String(_never)}`);
      }
    }
  }

  private async setState(tx: EntityManager, t: ModerationTarget, state: ModerationState, reason: string): Promise<Effect> {
    const table = CONTENT_TABLE[t.type];
    if (!table) throw new AppError('INVALID_ACTION', 'That acts on content; for a member, warn, mute or suspend.');
    if (state === t.state) throw new AppError('INVALID_ACTION', `That ${NOUN[t.type]} is already ${state}.`);
    await tx.query(`UPDATE ${table} SET moderation = $2, moderation_reason = $3 WHERE id = $1`, [t.id, state, state === 'visible' ? null : reason]);
    return { done: true, state, before: t.state, until: null };
  }

  /** The open case about an item, if there is one. */
  private async openCaseOf(tx: EntityManager, t: ModerationTarget): Promise<string | null> {
    const [row]: { id: string }[] = await tx.query(`SELECT id FROM moderation_cases WHERE target_type = $1 AND target_id = $2 AND status = 'open'`, [t.type, t.id]);
    return row?.id ?? null;
  }

  /** A live mute in a group, by the muted member or by the mute's id. */
  private async findMute(groupId: string | null, userId: string | null, muteId: string | null): Promise<MuteRow | null> {
    if (!groupId || (!userId && !muteId)) throw new AppError('BAD_REQUEST', 'Say whose mute to end: userId or muteId.');
    const [row]: MuteRow[] = await this.db.query(
      `SELECT id, user_id, concealed, case_id FROM chat_mutes WHERE group_id = $1 AND ($2::uuid IS NULL OR user_id = $2) AND ($3::uuid IS NULL OR id = $3)`,
      [groupId, userId, muteId],
    );
    return row ?? null;
  }

  private async assertValid(viewer: AuthUser, act: ModeratorAct, t: ModerationTarget, groupId: string | null): Promise<void> {
    const a = act.action;
    const invalid = (message: string) => new AppError('INVALID_ACTION', message);
    if (CONTENT_ACTS.has(a) && t.type === 'member') throw invalid('That acts on content; for a member, warn, mute or suspend.');
    if ((a === 'lock' || a === 'unlock') && t.type !== 'thread') throw invalid('Only threads can be locked.');
    if (a === 'approve' && t.state !== 'pending') throw invalid('Only content waiting for approval can be approved.');
    if (a === 'restore' && t.state === 'visible') throw invalid(`That ${NOUN[t.type]} is already visible.`);
    if (a === 'delete_message' && t.type !== 'chat_message') throw invalid('Only chat messages are deleted this way.');
    if (a === 'delete_message' && t.deleted) throw new AppError('MESSAGE_DELETED', 'That message was already deleted.');
    if (a === 'remove_member' && t.type !== 'member') throw invalid('Only a member can be removed from a group.');
    if (a === 'remove_member' && t.id === viewer.id) throw forbidden('To leave the group yourself, use “Leave group”.');
    if (MEMBER_ACTS.has(a) && !t.authorId) throw invalid('There is no member to act on: the account was deleted.');
    if ((a === 'warn' || a === 'mute' || a === 'suspend') && t.authorId === viewer.id) throw invalid('You cannot act on yourself.');
    if ((a === 'mute' || a === 'suspend') && !act.minutes) throw invalid('Say how long, in hours.');
    if ((a === 'mute' || a === 'unmute' || a === 'remove_member') && !groupId) throw invalid('Say which group to act in.');
    if (a === 'mute' && t.type === 'member' && !(await this.access.isActiveMember(t.id, groupId!))) {
      throw new AppError('NOT_A_MEMBER', 'That person is not a member of this group.');
    }
    if (a === 'suspend' && !isSiteModerator(viewer)) throw forbidden('Only site moderators can suspend an account.');
    if (a === 'suspend' && t.authorId && viewer.role !== 'admin') {
      const [u]: { role: string }[] = await this.db.query(`SELECT role FROM users WHERE id = $1`, [t.authorId]);
      if (u && (u.role === 'moderator' || u.role === 'admin')) throw forbidden('Only an admin can suspend a site moderator or an admin.');
    }
  }

  /** After commit: live views update, and the author (or member) is told what happened and why. */
  private async afterAction(viewer: AuthUser, action: ModeratorAction, t: ModerationTarget, reason: string, groupId: string | null, outcome: Effect): Promise<void> {
    if (outcome.state && outcome.state !== outcome.before) this.changed(t, outcome.state);
    if (action === 'approve' && (t.type === 'thread' || t.type === 'reply')) this.events.emit('post.created', { type: t.type, id: t.id });
    if (action === 'suspend' && t.authorId) this.events.emit('user.signed-out', { userId: t.authorId });
    if (action === 'remove_member' && groupId) this.events.emit('membership.ended', { groupId, userId: t.id, reason: 'removed' });
    const group = groupId && GROUP_ACTS.has(action) ? await this.groups.entity(groupId) : null;
    const noun = NOUN[t.type];
    const what = t.title && t.type !== 'member' ? `${noun} “${t.title.slice(0, 80)}”` : noun;
    const until = outcome.until ? outcome.until.toUTCString() : '';
    const where = group ? group.name : 'this group';
    const message = ((): string | null => {
      switch (action) {
        case 'hide':
          return `A moderator hid your ${what}: ${reason}`;
        case 'remove':
          return `A moderator removed your ${what}: ${reason}`;
        case 'restore':
          return `A moderator restored your ${what}: ${reason}`;
        case 'approve':
          return `A moderator approved your ${what}; it is now visible: ${reason}`;
        case 'lock':
          return `A moderator locked your ${what}: ${reason}`;
        case 'unlock':
          return `A moderator unlocked your ${what}: ${reason}`;
        case 'warn':
          return `A moderator has warned you about your ${what}: ${reason}`;
        case 'mute':
          return `A moderator muted you in ${where} until ${until}: ${reason}`;
        case 'unmute':
          return `A moderator ended your mute in ${where}: ${reason}`;
        case 'suspend':
          return `Your account is suspended until ${until}: ${reason}`;
        case 'dismiss':
          return outcome.state === 'visible' && outcome.before !== 'visible' ? `Your ${what} is visible again after review: ${reason}` : null;
        case 'delete_message':
          return `A moderator deleted your chat message: ${reason}`;
        case 'remove_member':
          return `A moderator removed you from ${where}: ${reason}`;
        default: {
          const _never: never = action;
          return _never;
        }
      }
    })();
    const url = group && t.type === 'member' ? `/groups/${group.slug}${action === 'remove_member' ? '' : '#chat'}` : undefined;
    if (message) this.tell(t, viewer.id, message, url);
  }

  private changed(t: ModerationTarget, state: ModerationState): void {
    this.events.emit('content.moderated', { type: t.type, id: t.id, groupId: t.groupId, state });
  }

  private tell(t: ModerationTarget, actorId: string | null, message: string, url?: string): void {
    if (!t.authorId || t.authorId === actorId) return;
    this.events.emit('moderation.action', {
      userId: t.authorId,
      actorId,
      groupId: t.groupId,
      message,
      url: url ?? (t.type === 'member' ? '/notifications' : t.url),
    });
  }
}

/** A moderator act's reason: required (the author is told it), and kept in the audit log. */
function checkReason(reason: unknown): string {
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (!why) throw fieldError('reason', 'REQUIRED', 'Give a reason; the author is told it.');
  if (why.length > LIMITS.moderationReasonMax) {
    throw fieldError('reason', 'TOO_LONG', `A reason can have at most ${LIMITS.moderationReasonMax} characters.`);
  }
  return why;
}

/** The audit log's name for each act: one name per act, whichever mutation asked for it. */
export function auditActionOf(action: ModeratorAction): AuditAction {
  switch (action) {
    case 'dismiss':
      return 'content.dismiss';
    case 'approve':
      return 'content.approve';
    case 'hide':
      return 'content.hide';
    case 'remove':
      return 'content.remove';
    case 'restore':
      return 'content.restore';
    case 'lock':
      return 'content.lock';
    case 'unlock':
      return 'content.unlock';
    case 'warn':
      return 'member.warn';
    case 'mute':
      return 'member.mute';
    case 'unmute':
      return 'member.unmute';
    case 'suspend':
      return 'member.suspend';
    case 'delete_message':
      return 'chat.message.delete';
    case 'remove_member':
      return 'group.member.remove';
    default: {
      const _never: never = action;
      return _never;
    }
  }
}
