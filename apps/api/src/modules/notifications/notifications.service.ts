import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ANONYMOUS_LABEL, MENTION_PATTERN, NOTIFICATION_KINDS } from '@kindred/contracts';
import type { DigestFrequency, LiveNotification, NotificationKind } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { activeMember, authorHiddenFrom, blockedBetween, canReadGroupContent } from '../access/access.sql';
import { notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { PostsRepository } from '../threads/posts.repository';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  message: string;
  url: string;
  groupId: string | null;
  threadId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** One notification to send, before the rules decide whether it goes. */
interface Candidate {
  userId: string;
  kind: NotificationKind;
  /** The person whose action it is (never shown when anonymous; never notified of their own act). */
  actorId: string | null;
  /** The act is anonymous: blocks do not apply (a missing notification would name its author). */
  anonymous?: boolean;
  groupId: string | null;
  threadId: string | null;
  replyId: string | null;
  message: string;
  url: string;
}

/**
 * The notification row `n` is still about something its recipient may read: the group's content
 * (as of the thread's writing), and a thread whose named author is not in a block with them. A
 * former member's old notifications from a private group no longer quote its titles.
 */
export const notificationReadable = (n: { groupId: string; threadId: string; userId: string }) => `(${n.groupId} IS NULL OR EXISTS (
  SELECT 1 FROM groups g LEFT JOIN threads th ON th.id = ${n.threadId}
   WHERE g.id = ${n.groupId} AND ${canReadGroupContent('g', 'COALESCE(th.created_at, now())', n.userId)}
     AND (th.id IS NULL OR NOT ${authorHiddenFrom({ anonymous: 'th.anonymous', authorId: 'th.author_id' }, n.userId)})))`;

/** `notificationReadable` for a stored notification row `n`. */
export const storedNotificationReadable = (n: string) => notificationReadable({ groupId: `${n}.group_id`, threadId: `${n}.thread_id`, userId: `${n}.user_id` });

/** What a notification shows once its recipient may no longer read what it is about. */
export const WITHHELD_NOTIFICATION = 'A notification about something you can no longer see';

/** The columns of a notification as the API returns it, withheld where `notificationReadable` says so. */
const NOTIFICATION_COLUMNS = `n.id, n.kind,
  CASE WHEN ${storedNotificationReadable('n')} THEN n.message ELSE '${WITHHELD_NOTIFICATION}' END AS message,
  CASE WHEN ${storedNotificationReadable('n')} THEN n.url ELSE '/notifications' END AS url,
  n.group_id AS "groupId", n.thread_id AS "threadId", n.created_at AS "createdAt", n.read_at AS "readAt"`;

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Handles mentioned in a text, lower-cased, at most 20. */
export function mentionedHandles(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(MENTION_PATTERN)) found.add(m[1]!.toLowerCase());
  return [...found].slice(0, 20);
}

/**
 * Notifications: made from what happens (domain events), sent only where the rules allow —
 * not to oneself, not between members who blocked each other, not about content the recipient
 * may not read, not of a kind they switched off — stored, and delivered live when they are online.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly off: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly logger: PinoLogger,
    private readonly posts: PostsRepository,
  ) {
    this.logger.setContext('Notifications');
  }

  onModuleInit(): void {
    const safely = <T>(work: (p: T) => Promise<void>) => (p: T) => {
      work(p).catch((err: unknown) => this.logger.error({ err }, 'notification not sent'));
    };
    this.off.push(
      this.events.on('post.created', safely((p) => this.onPost(p.type, p.id))),
      this.events.on('helpful.marked', safely((p) => this.onHelpful(p.type, p.id, p.markerId))),
      this.events.on('join.decided', safely((p) => this.onJoinDecided(p))),
      this.events.on('moderation.action', safely((p) => this.onModeration(p))),
      this.events.on('chat.posted', safely((p) => this.onChat(p.messageId))),
      this.events.on('care.responded', safely((p) => this.onCareResponded(p.responseId, p.firstTime))),
    );
  }

  onModuleDestroy(): void {
    this.off.splice(0).forEach((f) => f());
  }

  // ---- what makes a notification ---------------------------------------------------------

  private async onPost(type: 'thread' | 'reply', id: string): Promise<void> {
    if (type === 'thread') {
      const t = await this.posts.threadNotice(id);
      if (!t) return;
      const url = `/threads/${t.id}`;
      const who = await this.label(t.authorId, t.anonymous);
      const followers: { user_id: string }[] = await this.db.query(`SELECT user_id FROM group_follows WHERE group_id = $1`, [t.groupId]);
      await this.deliver([
        ...followers.map((f) => ({
          userId: f.user_id,
          kind: 'new_thread' as const,
          actorId: t.authorId,
          anonymous: t.anonymous,
          groupId: t.groupId,
          threadId: t.id,
          replyId: null,
          message: `New in ${t.groupName}: “${short(t.title)}”`,
          url,
        })),
        ...(await this.mentions(`${t.title}\n${t.body}`, t.authorId, t.groupId, t.id, null, `${who} mentioned you in “${short(t.title)}”`, url)).map(
          (c) => ({ ...c, anonymous: t.anonymous }),
        ),
      ]);
      return;
    }
    const r = await this.posts.replyNotice(id);
    if (!r) return;
    const url = `/threads/${r.threadId}#reply-${r.id}`;
    const who = await this.label(r.authorId, r.anonymous);
    const base = { actorId: r.authorId, anonymous: r.anonymous, groupId: r.groupId, threadId: r.threadId, replyId: r.id, url };
    const out: Candidate[] = [];
    if (r.parentAuthorId) out.push({ ...base, userId: r.parentAuthorId, kind: 'reply', message: `${who} replied to you in “${short(r.title)}”` });
    if (r.threadAuthorId && r.threadAuthorId !== r.parentAuthorId) {
      out.push({ ...base, userId: r.threadAuthorId, kind: 'reply', message: `${who} replied to your thread “${short(r.title)}”` });
    }
    out.push(
      ...(await this.mentions(r.body, r.authorId, r.groupId, r.threadId, r.id, `${who} mentioned you in “${short(r.title)}”`, url)).map((c) => ({
        ...c,
        anonymous: r.anonymous,
      })),
    );
    // Followers of the thread (replying or starting it follows it), after the more specific
    // notices above: one reply notification per member. Settings, blocks and access apply on delivery.
    for (const userId of await this.posts.threadFollowers(r.threadId)) {
      out.push({ ...base, userId, kind: 'reply', message: `${who} replied in “${short(r.title)}”, a thread you follow` });
    }
    await this.deliver(out);
  }

  private async onHelpful(type: 'thread' | 'reply', id: string, markerId: string): Promise<void> {
    const p = await this.posts.postPlace(type, id);
    if (!p?.authorId) return;
    const who = await this.label(markerId, false);
    await this.deliver([
      {
        userId: p.authorId,
        kind: 'helpful',
        actorId: markerId,
        groupId: p.groupId,
        threadId: p.threadId,
        replyId: type === 'reply' ? id : null,
        message: `${who} found your ${type === 'thread' ? 'thread' : 'reply'} in “${short(p.title)}” helpful`,
        url: type === 'thread' ? `/threads/${p.threadId}` : `/threads/${p.threadId}#reply-${id}`,
      },
    ]);
  }

  private async onJoinDecided(p: { userId: string; groupId: string; approved: boolean; deciderId: string }): Promise<void> {
    const [g]: { name: string; slug: string }[] = await this.db.query(`SELECT name, slug FROM groups WHERE id = $1`, [p.groupId]);
    if (!g) return;
    // About the member's own request: sent whatever blocks say, and a decliner is not named.
    await this.deliver([
      {
        userId: p.userId,
        kind: 'join_decided',
        actorId: null,
        groupId: p.approved ? p.groupId : null,
        threadId: null,
        replyId: null,
        message: p.approved ? `You are now a member of ${g.name}` : `Your request to join ${g.name} was declined`,
        url: `/groups/${g.slug}`,
      },
    ]);
  }

  private async onModeration(p: { userId: string; actorId: string | null; groupId: string | null; message: string; url: string }): Promise<void> {
    // Moderation notices always reach the member (blocks never hide moderation), without naming the moderator.
    await this.deliver([{ userId: p.userId, kind: 'moderation', actorId: null, groupId: null, threadId: null, replyId: null, message: p.message, url: p.url }]);
  }

  /**
   * A service responded to a story of care (or now says it changed something): the story's
   * author is told. The organisation is named, never the person who wrote the response; blocks do
   * not apply (it is the organisation's act, and the author of an anonymous story is not shown).
   */
  private async onCareResponded(responseId: string, firstTime: boolean): Promise<void> {
    const [r]: { experience_id: string; author_id: string | null; name: string; changed_something: boolean }[] = await this.db.query(
      `SELECT r.experience_id, e.author_id, o.name, r.changed_something
         FROM care_experience_responses r JOIN care_experiences e ON e.id = r.experience_id JOIN organisations o ON o.id = r.organisation_id
        WHERE r.id = $1 AND r.moderation = 'visible'`,
      [responseId],
    );
    if (!r?.author_id) return;
    const message = firstTime
      ? `${r.name} responded to your story${r.changed_something ? ' and says it changed something' : ''}`
      : `${r.name} says it changed something after your story`;
    await this.deliver([
      { userId: r.author_id, kind: 'care_response', actorId: null, groupId: null, threadId: null, replyId: null, message, url: `/care/stories/${r.experience_id}#response-${responseId}` },
    ]);
  }

  private async onChat(messageId: string): Promise<void> {
    const [m]: { group_id: string; author_id: string | null; body: string; slug: string; name: string }[] = await this.db.query(
      `SELECT m.group_id, m.author_id, m.body, g.slug, g.name FROM chat_messages m JOIN groups g ON g.id = m.group_id WHERE m.id = $1`,
      [messageId],
    );
    if (!m) return;
    const who = await this.label(m.author_id, false);
    // Chat is for members only: a mention reaches only active members of the group.
    const out = await this.mentions(m.body, m.author_id, m.group_id, null, null, `${who} mentioned you in ${m.name}’s chat`, `/groups/${m.slug}#chat`);
    const members: { user_id: string }[] = out.length
      ? await this.db.query(`SELECT u.id AS user_id FROM unnest($2::uuid[]) u(id) WHERE ${activeMember('$1', 'u.id')}`, [
          m.group_id,
          out.map((c) => c.userId),
        ])
      : [];
    const allowed = new Set(members.map((x) => x.user_id));
    await this.deliver(out.filter((c) => allowed.has(c.userId)));
  }

  private async mentions(
    text: string,
    actorId: string | null,
    groupId: string,
    threadId: string | null,
    replyId: string | null,
    message: string,
    url: string,
  ): Promise<Candidate[]> {
    const handles = mentionedHandles(text);
    if (!handles.length) return [];
    const users: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE lower(handle) = ANY($1)`, [handles]);
    return users.map((u) => ({ userId: u.id, kind: 'mention' as const, actorId, groupId, threadId, replyId, message, url }));
  }

  private async label(userId: string | null, anonymous: boolean): Promise<string> {
    if (anonymous) return ANONYMOUS_LABEL.replace(/^./, (c) => c.toUpperCase());
    if (!userId) return 'A former member';
    const [u]: { handle: string }[] = await this.db.query(`SELECT handle FROM users WHERE id = $1`, [userId]);
    return u?.handle ?? 'A former member';
  }

  /**
   * Applies the rules in one query and stores what passes: not to the actor themself, not
   * between members who blocked each other, only about content the recipient may read (private
   * groups: active members and site moderators), and not of a kind the recipient switched off.
   */
  private async deliver(candidates: Candidate[]): Promise<void> {
    const seen = new Set<string>();
    const unique = candidates.filter((c) => {
      const key = `${c.userId}:${c.kind}`;
      if (seen.has(key) || c.userId === c.actorId) return false;
      seen.add(key);
      return true;
    });
    if (!unique.length) return;
    const rows: (NotificationRow & { user_id: string })[] = await this.db.query(
      `WITH c AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS c("userId" uuid, kind text, "actorId" uuid, anonymous boolean, "groupId" uuid,
                "threadId" uuid, "replyId" uuid, message text, url text)
       ),
       allowed AS (
         SELECT c.* FROM c JOIN users u ON u.id = c."userId"
          WHERE NOT EXISTS (SELECT 1 FROM notification_settings s WHERE s.user_id = c."userId" AND c.kind = ANY(s.disabled_kinds))
            AND (c."actorId" IS NULL OR coalesce(c.anonymous, false) OR NOT ${blockedBetween('c."userId"', 'c."actorId"')})
            AND ${notificationReadable({ groupId: 'c."groupId"', threadId: 'c."threadId"', userId: 'c."userId"' })}
       ),
       inserted AS (
         INSERT INTO notifications (user_id, kind, actor_id, group_id, thread_id, reply_id, message, url)
         SELECT "userId", kind, "actorId", "groupId", "threadId", "replyId", message, url FROM allowed
         RETURNING id, user_id, kind, message, url, group_id AS "groupId", thread_id AS "threadId", created_at AS "createdAt", read_at AS "readAt"
       )
       SELECT * FROM inserted`,
      [JSON.stringify(unique)],
    );
    if (!rows.length) return;
    // Counted after the insert has committed, so several notifications at once report the same, true count.
    const counts: { user_id: string; n: number }[] = await this.db.query(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE user_id = ANY($1) AND read_at IS NULL GROUP BY user_id`,
      [[...new Set(rows.map((r) => r.user_id))]],
    );
    const unread = new Map(counts.map((c) => [c.user_id, c.n]));
    for (const r of rows) {
      const notification: LiveNotification = { id: r.id, kind: r.kind, message: r.message, url: r.url, createdAt: new Date(r.createdAt).toISOString() };
      this.events.emit('notification.created', { userId: r.user_id, notification, unread: unread.get(r.user_id) ?? 1 });
    }
  }

  // ---- the member's own list and settings -------------------------------------------------

  async list(viewer: AuthUser, first: number | undefined, after: string | undefined, unreadOnly: boolean): Promise<Connection<NotificationRow>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows: NotificationRow[] = await this.db.query(
      `SELECT ${NOTIFICATION_COLUMNS}
         FROM notifications n
        WHERE n.user_id = $1 AND ($2::boolean = false OR n.read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
        ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [viewer.id, unreadOnly, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL)`,
      [viewer.id, unreadOnly],
    );
    return toConnection(rows, limit, n, (r) => [new Date(r.createdAt).toISOString(), r.id], (r) => r);
  }

  async unread(viewer: AuthUser): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [
      viewer.id,
    ]);
    return n;
  }

  async markRead(viewer: AuthUser, id: string): Promise<NotificationRow> {
    // An UPDATE answers [rows, affected].
    const [[row]]: [NotificationRow[], number] = await this.db.query(
      `UPDATE notifications n SET read_at = coalesce(read_at, now()) WHERE n.id = $1 AND n.user_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, viewer.id],
    );
    if (!row) throw notFound('That notification');
    return row;
  }

  async markAllRead(viewer: AuthUser): Promise<number> {
    const [, n]: [unknown, number] = await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [viewer.id]);
    return n;
  }

  async settings(viewer: AuthUser): Promise<{ enabledKinds: NotificationKind[]; digest: DigestFrequency }> {
    const [s]: { disabled_kinds: NotificationKind[]; digest: DigestFrequency }[] = await this.db.query(
      `SELECT disabled_kinds, digest FROM notification_settings WHERE user_id = $1`,
      [viewer.id],
    );
    const disabled = new Set(s?.disabled_kinds ?? []);
    return { enabledKinds: NOTIFICATION_KINDS.filter((k) => !disabled.has(k)), digest: s?.digest ?? 'off' };
  }

  async updateSettings(viewer: AuthUser, enabledKinds: NotificationKind[], digest: DigestFrequency) {
    const disabled = NOTIFICATION_KINDS.filter((k) => !enabledKinds.includes(k));
    await this.db.query(
      `INSERT INTO notification_settings (user_id, disabled_kinds, digest) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET disabled_kinds = EXCLUDED.disabled_kinds, digest = EXCLUDED.digest`,
      [viewer.id, disabled, digest],
    );
    return this.settings(viewer);
  }

  async follow(viewer: AuthUser, groupId: string, follow: boolean): Promise<boolean> {
    const [g]: { visibility: string }[] = await this.db.query(`SELECT visibility FROM groups WHERE id = $1`, [groupId]);
    if (!g) throw notFound('That group');
    if (follow) {
      await this.db.query(`INSERT INTO group_follows (user_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewer.id, groupId]);
    } else {
      await this.db.query(`DELETE FROM group_follows WHERE user_id = $1 AND group_id = $2`, [viewer.id, groupId]);
    }
    return follow;
  }
}
