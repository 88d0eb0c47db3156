import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ANONYMOUS_LABEL, LIMITS } from '@kindred/contracts';
import type { AuditAction } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { hiddenAuthorIds, membersOnly, moderatedGroupIds } from '../access/access.sql';

/** 'private' when the content of group `g` written at `createdAt` is members-only (the access rules). */
const contentVisibility = (g: string, createdAt: string) => `CASE WHEN ${membersOnly(g, createdAt)} THEN 'private' ELSE 'public' END`;
import { returnedRows } from '../../common/database/returning';
import { AppError, fieldError, forbidden, notFound } from '../../common/errors/app-error';
import { pageSize } from '../../common/graphql/pagination';
import { markdownToText, renderMarkdown } from '../../common/markdown/render-markdown';
import { AuditService } from '../audit/audit.service';
import { ConditionsService } from '../conditions/conditions.service';
import type { ConditionObject } from '../conditions/condition.object';
import type { WhatWorksObject } from '../experience-reports/experience-report.object';
import { ExperienceReportsService } from '../experience-reports/experience-reports.service';
import { GroupsService } from '../groups/groups.service';
import { FORMER_MEMBER_LABEL, HIDDEN_LABEL } from '../threads/post.mapper';
import { cleanHeading, groupSections, place, sectionsOf } from './guide-order';
import type { OrderedEntry } from './guide-order';
import type { CurateIntoGuideInput, UpdateGuideEntryInput } from './guide.input';
import type { GuideEntryObject, GuideObject, GuideSectionObject, GuideSourceType, GuideVersionObject } from './guide.object';

/** A post that can be curated, with what decides whether it may be. */
interface SourceRow {
  thread_id: string;
  group_id: string;
  condition_id: string;
  condition_slug: string;
  visibility: string;
  deleted_at: Date | null;
  moderation: string;
  thread_moderation: string;
}

/** One guide entry with its source post, as ENTRIES_SQL selects it. */
interface EntryRow {
  id: string;
  heading: string;
  position: number;
  summary: string;
  curated_at: Date;
  source_type: GuideSourceType;
  source_id: string;
  curator_handle: string | null;
  thread_id: string | null;
  thread_title: string | null;
  thread_deleted_at: Date | null;
  thread_moderation: string | null;
  author_id: string | null;
  author_handle: string | null;
  anonymous: boolean | null;
  body: string | null;
  helpful_count: number | null;
  created_at: Date | null;
  deleted_at: Date | null;
  moderation: string | null;
  group_name: string | null;
  group_visibility: string | null;
  group_condition_id: string | null;
  blocked: boolean | null;
}

interface GuideRow {
  intro: string;
  version: number;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  reviewer_handle: string | null;
  updated_at: Date;
}

type GuideAction = Extract<AuditAction, `guide.${string}`>;

/** The post behind a thread or reply id: its thread, group, condition and state, in one query. */
const SOURCE_SQL: Record<GuideSourceType, string> = {
  thread: `
    SELECT t.id AS thread_id, g.id AS group_id, g.condition_id, c.slug AS condition_slug, ${contentVisibility('g', 't.created_at')} AS visibility,
           t.deleted_at, t.moderation, t.moderation AS thread_moderation
      FROM threads t JOIN groups g ON g.id = t.group_id JOIN conditions c ON c.id = g.condition_id WHERE t.id = $1`,
  reply: `
    SELECT t.id AS thread_id, g.id AS group_id, g.condition_id, c.slug AS condition_slug, ${contentVisibility('g', 't.created_at')} AS visibility,
           r.deleted_at, r.moderation, t.moderation AS thread_moderation
      FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
      JOIN conditions c ON c.id = g.condition_id WHERE r.id = $1`,
};

/**
 * Every entry of a guide with its source post, its thread and group, its author's and
 * curator's handles and whether its author is in a block with the viewer ($2): one query for
 * any number of entries. An anonymous author's handle is never selected.
 */
const ENTRIES_SQL = `
  SELECT e.id, e.heading, e.position, e.summary, e.curated_at, e.source_type, e.source_id,
         cu.handle AS curator_handle,
         s.thread_id, th.title AS thread_title, th.deleted_at AS thread_deleted_at, th.moderation AS thread_moderation,
         s.author_id, au.handle AS author_handle, s.anonymous, s.body, s.helpful_count, s.created_at, s.deleted_at,
         s.moderation, gr.name AS group_name, ${contentVisibility('gr', 'th.created_at')} AS group_visibility, gr.condition_id AS group_condition_id,
         ((NOT s.anonymous AND s.author_id IN (${hiddenAuthorIds('$2::uuid')}))
          OR (NOT th.anonymous AND th.author_id IN (${hiddenAuthorIds('$2::uuid')}))) AS blocked
    FROM guide_entries e
    LEFT JOIN LATERAL (
      SELECT t.id AS thread_id, t.author_id, t.anonymous, t.body, t.helpful_count, t.created_at, t.deleted_at, t.moderation
        FROM threads t WHERE e.source_type = 'thread' AND t.id = e.source_id
      UNION ALL
      SELECT r.thread_id, r.author_id, r.anonymous, r.body, r.helpful_count, r.created_at, r.deleted_at, r.moderation
        FROM replies r WHERE e.source_type = 'reply' AND r.id = e.source_id
    ) s ON true
    LEFT JOIN threads th ON th.id = s.thread_id
    LEFT JOIN groups gr ON gr.id = th.group_id
    LEFT JOIN users au ON au.id = s.author_id AND NOT s.anonymous
    LEFT JOIN users cu ON cu.id = e.curated_by
   WHERE e.condition_id = $1
   ORDER BY e.position, e.id`;

/** Why a source may not be shown, or null when it may. */
function unavailableReason(
  s: Pick<SourceRow, 'deleted_at' | 'moderation' | 'thread_moderation' | 'visibility'>,
  type: GuideSourceType,
): string | null {
  if (s.deleted_at) return `The ${type} was deleted by its author.`;
  if (s.moderation !== 'visible') return `The ${type} is ${s.moderation === 'pending' ? 'awaiting approval' : s.moderation} by moderators.`;
  if (type === 'reply' && s.thread_moderation !== 'visible') return 'The thread this reply is in is not visible.';
  if (s.visibility !== 'public') return 'It is for its group’s members only.';
  return null;
}

/** The start of a post as plain text, cut at a word near the limit. */
export function excerptOf(markdown: string, max: number = LIMITS.guideExcerptChars): string {
  const text = markdownToText(markdown);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const sourceUrl = (type: GuideSourceType, threadId: string, sourceId: string) =>
  type === 'thread' ? `/threads/${threadId}` : `/threads/${threadId}#reply-${sourceId}`;

/**
 * Curated guides: moderators place the best threads and replies of public groups in their
 * condition's guide, under headings, with a summary; every edit is one transaction that bumps
 * the version, keeps a snapshot with the editor's note and writes the audit log. Anyone may
 * read a guide; what its sources no longer allow (deleted, hidden, private, blocked) is left out.
 */
@Injectable()
export class GuidesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conditions: ConditionsService,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly whatWorksService: ExperienceReportsService,
  ) {}

  // ---- access --------------------------------------------------------------------------

  /** Site moderators edit every guide; a group's moderators edit the guide of its condition. */
  async canEdit(viewer: AuthUser | null, conditionId: string): Promise<boolean> {
    if (!viewer) return false;
    if (isSiteModerator(viewer)) return true;
    const [row]: { ok: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM groups g WHERE g.condition_id = $2 AND g.id IN (${moderatedGroupIds('$1')})) AS ok`,
      [viewer.id, conditionId],
    );
    return !!row?.ok;
  }

  private async assertCanEdit(viewer: AuthUser, conditionId: string): Promise<void> {
    if (!(await this.canEdit(viewer, conditionId))) {
      throw forbidden('Only moderators of a group for this condition can edit its guide.');
    }
  }

  // ---- reading -------------------------------------------------------------------------

  /** A condition's guide as the viewer may see it: four queries at most, however long it is. */
  async guide(viewer: AuthUser | null, conditionSlug: string): Promise<GuideObject> {
    const condition = await this.conditions.bySlug(conditionSlug);
    return this.guideFor(viewer, condition);
  }

  private async guideFor(viewer: AuthUser | null, condition: ConditionObject): Promise<GuideObject> {
    const [[guide], canEdit, rows] = await Promise.all([
      this.db.query(
        `SELECT g.intro, g.version, g.reviewed_at, g.reviewed_by, u.handle AS reviewer_handle, g.updated_at
           FROM guides g LEFT JOIN users u ON u.id = g.reviewed_by WHERE g.condition_id = $1`,
        [condition.id],
      ) as Promise<GuideRow[]>,
      this.canEdit(viewer, condition.id),
      this.db.query(ENTRIES_SQL, [condition.id, viewer?.id ?? null]) as Promise<EntryRow[]>,
    ]);
    const entries = rows.map((r) => this.toEntry(r, condition.id, canEdit)).filter((e): e is GuideEntryObject => !!e);
    const sections: GuideSectionObject[] = sectionsOf(entries);
    // Positions within each section as this viewer sees it (entries left out leave no gaps).
    for (const s of sections) s.entries.forEach((e, i) => (e.position = i));
    return {
      condition,
      intro: guide?.intro ?? '',
      introHtml: guide?.intro ? renderMarkdown(guide.intro) : '',
      version: guide?.version ?? 0,
      lastReviewedAt: guide?.reviewed_at ?? null,
      lastReviewedByLabel: guide?.reviewed_at ? (guide.reviewer_handle ?? FORMER_MEMBER_LABEL) : null,
      updatedAt: guide && guide.version > 0 ? guide.updated_at : null,
      sections,
      viewerCanEdit: canEdit,
    };
  }

  /**
   * An entry as the viewer may see it, or null when it is left out: a source that is gone,
   * deleted, not visible, or in a group that is now private is shown to editors only (flagged);
   * a source whose author is in a block with the viewer is left out for readers, and shown to
   * editors without its text or author.
   */
  private toEntry(r: EntryRow, conditionId: string, canEdit: boolean): GuideEntryObject | null {
    const base = {
      id: r.id,
      heading: r.heading,
      position: r.position,
      summary: r.summary,
      curatedAt: r.curated_at,
      curatedByLabel: r.curator_handle ?? FORMER_MEMBER_LABEL,
    };
    if (!r.thread_id) {
      return canEdit ? { ...base, source: null, sourceAvailable: false, unavailableReason: `The ${r.source_type} no longer exists.` } : null;
    }
    let reason = unavailableReason(
      { deleted_at: r.deleted_at, moderation: r.moderation ?? 'visible', thread_moderation: r.thread_moderation ?? 'visible', visibility: r.group_visibility ?? 'private' },
      r.source_type,
    );
    if (!reason && r.group_condition_id !== conditionId) reason = 'Its group is now about another condition.';
    const blocked = !!r.blocked;
    if ((reason || blocked) && !canEdit) return null;
    const hideText = !!reason || blocked;
    const authorLabel = r.anonymous ? ANONYMOUS_LABEL : blocked ? HIDDEN_LABEL : (r.author_handle ?? FORMER_MEMBER_LABEL);
    return {
      ...base,
      sourceAvailable: !reason,
      unavailableReason: reason,
      source: {
        type: r.source_type,
        id: r.source_id,
        threadId: r.thread_id,
        threadTitle: r.thread_deleted_at ? 'Deleted thread' : (r.thread_title ?? ''),
        excerpt: hideText ? '' : excerptOf(r.body ?? ''),
        authorLabel,
        helpfulCount: r.helpful_count ?? 0,
        createdAt: r.created_at!,
        url: sourceUrl(r.source_type, r.thread_id, r.source_id),
        groupName: r.group_name ?? '',
      },
    };
  }

  /** The guide's versions, newest first. */
  async history(guide: GuideObject, first: number | undefined): Promise<GuideVersionObject[]> {
    const limit = pageSize(first, { max: LIMITS.guideHistoryMax, fallback: LIMITS.guideHistoryDefault });
    const rows: { version: number; note: string; created_at: Date; handle: string | null }[] = await this.db.query(
      `SELECT v.version, v.note, v.created_at, u.handle FROM guide_versions v LEFT JOIN users u ON u.id = v.editor_id
        WHERE v.condition_id = $1 ORDER BY v.version DESC LIMIT $2`,
      [guide.condition.id, limit],
    );
    return rows.map((r) => ({ version: r.version, note: r.note, createdAt: r.created_at, editorLabel: r.handle ?? FORMER_MEMBER_LABEL }));
  }

  /** The condition's what-works aggregates, exactly as the what-works page shows them to this viewer. */
  whatWorks(viewer: AuthUser | null, guide: GuideObject): Promise<WhatWorksObject> {
    return this.whatWorksService.whatWorks(viewer, guide.condition.slug);
  }

  // ---- editing -------------------------------------------------------------------------

  /**
   * Curates a thread or reply into its condition's guide: the viewer moderates the post's group,
   * the group is public, and the post is live and visible.
   */
  async curate(viewer: AuthUser, input: CurateIntoGuideInput): Promise<GuideObject> {
    const [source]: SourceRow[] = await this.db.query(SOURCE_SQL[input.sourceType], [input.sourceId]);
    if (!source) throw notFound(input.sourceType === 'thread' ? 'That thread' : 'That reply');
    if (!(await this.groups.canModerate(viewer, source.group_id))) {
      throw forbidden('Only moderators of the group this post is in can curate it into a guide.');
    }
    if (source.visibility !== 'public') {
      throw new AppError('SOURCE_NOT_PUBLIC', 'Guides are public: only posts from public groups can be curated into them.');
    }
    const reason = unavailableReason(source, input.sourceType);
    if (reason) throw new AppError('SOURCE_UNAVAILABLE', `That ${input.sourceType} cannot be curated: ${reason[0]!.toLowerCase()}${reason.slice(1)}`);
    const heading = this.heading(input.heading);
    const summary = this.summary(input.summary);
    const given = input.note?.trim() ?? '';
    await this.edit(source.condition_id, viewer, 'guide.curate', { groupId: source.group_id, sourceType: input.sourceType, sourceId: input.sourceId }, async (tx, order) => {
      const [dupe] = await tx.query(
        `SELECT 1 FROM guide_entries WHERE condition_id = $1 AND source_type = $2 AND source_id = $3`,
        [source.condition_id, input.sourceType, input.sourceId],
      );
      if (dupe) throw new AppError('ALREADY_IN_GUIDE', `That ${input.sourceType} is already in this guide.`);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO guide_entries (condition_id, heading, position, source_type, source_id, summary, curated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [source.condition_id, heading, order.length, input.sourceType, input.sourceId, summary, viewer.id],
      );
      const placed = place(order, row!.id, heading);
      await this.writeOrder(tx, placed);
      return given || `Curated a ${input.sourceType} under “${placed.find((e) => e.id === row!.id)!.heading}”.`;
    });
    return this.guide(viewer, source.condition_slug);
  }

  /** Changes an entry's summary, heading or place in its section. */
  async updateEntry(viewer: AuthUser, input: UpdateGuideEntryInput): Promise<GuideObject> {
    const entry = await this.entry(input.id);
    await this.assertCanEdit(viewer, entry.condition_id);
    if (input.heading === undefined && input.summary === undefined && (input.position === undefined || input.position === null)) {
      throw new AppError('BAD_REQUEST', 'Give a new heading, summary or position.');
    }
    const heading = input.heading !== undefined && input.heading !== null ? this.heading(input.heading) : null;
    const summary = input.summary !== undefined && input.summary !== null ? this.summary(input.summary) : null;
    await this.edit(entry.condition_id, viewer, 'guide.edit', { groupId: entry.group_id, entryId: entry.id }, async (tx, order) => {
      const current = order.find((e) => e.id === entry.id);
      if (!current) throw notFound('That guide entry');
      if (summary !== null) await tx.query(`UPDATE guide_entries SET summary = $2 WHERE id = $1`, [entry.id, summary]);
      if (heading !== null || (input.position !== undefined && input.position !== null)) {
        const position = input.position ?? undefined;
        await this.writeOrder(tx, place(order, entry.id, heading ?? current.heading, position));
      }
      return input.note.trim();
    });
    return this.guide(viewer, entry.condition_slug);
  }

  async removeEntry(viewer: AuthUser, id: string, note: string): Promise<GuideObject> {
    const entry = await this.entry(id);
    await this.assertCanEdit(viewer, entry.condition_id);
    await this.edit(entry.condition_id, viewer, 'guide.remove', { groupId: entry.group_id, entryId: id, sourceType: entry.source_type, sourceId: entry.source_id }, async (tx, order) => {
      const deleted = returnedRows(await tx.query(`DELETE FROM guide_entries WHERE id = $1 RETURNING id`, [id]));
      if (!deleted.length) throw notFound('That guide entry');
      await this.writeOrder(tx, order.filter((e) => e.id !== id));
      return note.trim();
    });
    return this.guide(viewer, entry.condition_slug);
  }

  async updateIntro(viewer: AuthUser, conditionId: string, intro: string, note: string): Promise<GuideObject> {
    const condition = await this.condition(conditionId);
    await this.assertCanEdit(viewer, conditionId);
    await this.edit(conditionId, viewer, 'guide.edit', { field: 'intro' }, async (tx) => {
      await tx.query(`UPDATE guides SET intro = $2 WHERE condition_id = $1`, [conditionId, intro.trim()]);
      return note.trim();
    });
    return this.guideFor(viewer, condition);
  }

  /** Records that an editor checked the whole guide is still sound. */
  async markReviewed(viewer: AuthUser, conditionId: string, note: string): Promise<GuideObject> {
    const condition = await this.condition(conditionId);
    await this.assertCanEdit(viewer, conditionId);
    await this.edit(conditionId, viewer, 'guide.review', {}, async (tx) => {
      await tx.query(`UPDATE guides SET reviewed_at = now(), reviewed_by = $2 WHERE condition_id = $1`, [conditionId, viewer.id]);
      return note.trim();
    });
    return this.guideFor(viewer, condition);
  }

  /**
   * One edit in one transaction: the guide row (created on its first edit) is locked, so edits
   * to one guide queue; `change` gets the entries in order and returns the note; then the
   * version goes up, a snapshot of the whole guide is kept with the note, and the audit log
   * records it. Access is checked by the caller before this (the embedded database has one
   * connection, so nothing outside `tx` may run inside it).
   */
  private async edit(
    conditionId: string,
    viewer: AuthUser,
    action: GuideAction,
    details: Record<string, unknown>,
    change: (tx: EntityManager, order: OrderedEntry[]) => Promise<string>,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO guides (condition_id) VALUES ($1) ON CONFLICT (condition_id) DO NOTHING`, [conditionId]);
      await tx.query(`SELECT 1 FROM guides WHERE condition_id = $1 FOR UPDATE`, [conditionId]);
      const order: OrderedEntry[] = await tx.query(
        `SELECT id, heading FROM guide_entries WHERE condition_id = $1 ORDER BY position, id`,
        [conditionId],
      );
      const note = await change(tx, order);
      await tx.query(`UPDATE guides SET version = version + 1, updated_at = now() WHERE condition_id = $1`, [conditionId]);
      const snapshot = await this.snapshot(tx, conditionId);
      const version = snapshot.version;
      await tx.query(`INSERT INTO guide_versions (condition_id, version, editor_id, note, snapshot) VALUES ($1, $2, $3, $4, $5)`, [
        conditionId,
        version,
        viewer.id,
        note,
        JSON.stringify(snapshot),
      ]);
      const clean = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined));
      await this.audit.record({ actorId: viewer.id, action, targetType: 'guide', targetId: conditionId, reason: note, details: { ...clean, version } }, tx);
    });
  }

  /** The whole guide as it stands inside `tx`: what each version keeps. */
  private async snapshot(tx: EntityManager, conditionId: string) {
    const [guide]: { intro: string; version: number; reviewed_at: Date | null }[] = await tx.query(
      `SELECT intro, version, reviewed_at FROM guides WHERE condition_id = $1`,
      [conditionId],
    );
    const entries: { id: string; heading: string; source_type: string; source_id: string; summary: string; curated_at: Date }[] =
      await tx.query(
        `SELECT id, heading, source_type, source_id, summary, curated_at FROM guide_entries
          WHERE condition_id = $1 ORDER BY position, id`,
        [conditionId],
      );
    const sections = sectionsOf(entries).map((s) => ({
      heading: s.heading,
      entries: s.entries.map((e) => ({ id: e.id, sourceType: e.source_type, sourceId: e.source_id, summary: e.summary, curatedAt: e.curated_at })),
    }));
    // No member ids: a snapshot outlives accounts (editors are in editor_id, which is cleared when an account goes).
    return { conditionId, version: guide!.version, intro: guide!.intro, reviewedAt: guide!.reviewed_at, sections };
  }

  /** Writes headings and positions 0, 1, 2 … for the whole guide in one statement. */
  private async writeOrder(tx: EntityManager, list: OrderedEntry[]): Promise<void> {
    const ordered = groupSections(list);
    if (!ordered.length) return;
    await tx.query(
      `UPDATE guide_entries e SET heading = x.heading, position = x.ord - 1
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS x(id, heading, ord) WHERE e.id = x.id`,
      [ordered.map((e) => e.id), ordered.map((e) => e.heading)],
    );
  }

  /** An entry, its condition, and the group of its source post (null when the post is gone). */
  private async entry(id: string) {
    const [row]: { id: string; condition_id: string; condition_slug: string; source_type: GuideSourceType; source_id: string; group_id: string | null }[] =
      await this.db.query(
        `SELECT e.id, e.condition_id, c.slug AS condition_slug, e.source_type, e.source_id, st.group_id
           FROM guide_entries e JOIN conditions c ON c.id = e.condition_id
           LEFT JOIN replies r ON e.source_type = 'reply' AND r.id = e.source_id
           LEFT JOIN threads st ON st.id = CASE e.source_type WHEN 'thread' THEN e.source_id ELSE r.thread_id END
          WHERE e.id = $1`,
        [id],
      );
    if (!row) throw notFound('That guide entry');
    return row;
  }

  private async condition(id: string): Promise<ConditionObject> {
    const [row]: { slug: string }[] = await this.db.query(`SELECT slug FROM conditions WHERE id = $1`, [id]);
    if (!row) throw notFound('That condition');
    return this.conditions.bySlug(row.slug);
  }

  private heading(raw: string): string {
    const heading = cleanHeading(raw);
    if (!heading) throw fieldError('heading', 'REQUIRED', 'Choose or type a heading.');
    return heading;
  }

  private summary(raw: string): string {
    const summary = raw.trim();
    if (summary.length < LIMITS.guideSummaryMin) {
      throw fieldError('summary', 'TOO_SHORT', `Write a summary of at least ${LIMITS.guideSummaryMin} characters.`);
    }
    return summary;
  }
}
