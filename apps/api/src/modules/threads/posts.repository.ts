import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ModerationState, ThreadKind, ThreadSort } from '@kindred/contracts';
import { notFound } from '../../common/errors/app-error';
import { returnedRows } from '../../common/database/returning';
import { isoUtc } from '../../common/graphql/date-time.scalar';
import { authorHiddenFrom, canReadGroupContent, groupModerator, hiddenAuthorIds, moderationVisible, siteModerator } from '../access/access.sql';
import type { PublicUser } from '../users/user.mapper';
import type { MemberObject } from '../users/user.object';
import { PlannedOnceStatements } from '../../common/database/planned-once';
import { readPointSql, threadStateSql } from './read-state.sql';
import { ReplyEntity } from './reply.entity';
import { ThreadEntity } from './thread.entity';

/**
 * A reply of the thread page exactly as the viewer may see it: every field of the schema's `Reply`
 * computed by the statement (timestamps as `toISOString()` text, which the DateTime scalar sends as
 * it is), except `author`, which the caller sets from `namedAuthorId` (one author lookup per page).
 */
export interface ReplyPageRow {
  id: string;
  threadId: string;
  parentId: string | null;
  path: string;
  depth: number;
  authorId: string | null;
  body: string;
  bodyHtml: string;
  isAnonymous: boolean;
  isDeleted: boolean;
  isHidden: boolean;
  helpfulCount: number;
  helpedAsker: boolean;
  createdAt: string;
  editedAt: string | null;
  isNew: boolean;
  author: MemberObject | null;
  authorLabel: string;
  viewerIsAuthor: boolean;
  moderationState: ModerationState;
  moderationReason: string | null;
  viewerMarkedHelpful: boolean;
  viewerSaved: boolean;
  /** The author's id when the viewer sees them by name (not anonymous, not hidden, still a member); else null. */
  namedAuthorId: string | null;
}

/** What the thread page's reply statement needs: where, for whom, and the labels it writes. */
export interface ReplyPageQuery {
  threadId: string;
  groupId: string;
  viewerId: string | null;
  afterPath: string | null;
  limit: number;
  labels: { hidden: string; anonymous: string; former: string };
  /**
   * The reply fields the query asks for (`connectionItemFields`): the statement selects only
   * these, with PAGE_ROW_ALWAYS. Null or absent: every field of ReplyPageRow.
   */
  fields?: ReadonlySet<string> | null;
}

/** A thread as another feature needs it to tell people about it. */
export interface ThreadNotice {
  id: string;
  groupId: string;
  groupName: string;
  authorId: string | null;
  anonymous: boolean;
  title: string;
  body: string;
}

/** A reply with its thread, as another feature needs it to tell people about it. */
export interface ReplyNotice {
  id: string;
  threadId: string;
  groupId: string;
  title: string;
  authorId: string | null;
  anonymous: boolean;
  body: string;
  threadAuthorId: string | null;
  parentAuthorId: string | null;
}

/** Who wrote a post and where it is (for a helpful mark's notice). */
export interface PostPlace {
  authorId: string | null;
  groupId: string;
  threadId: string;
  title: string;
}

export interface ThreadListQuery {
  groupId: string;
  viewerId: string | null;
  kind?: ThreadKind | null;
  tag?: string | null;
  sort: ThreadSort;
  limit: number;
  cursor: (string | number | null)[] | null;
}

const SORT_COLUMNS: Record<ThreadSort, { column: string; cast: 'timestamptz' | 'int' }> = {
  latest_activity: { column: 't.last_activity_at', cast: 'timestamptz' },
  newest: { column: 't.created_at', cast: 'timestamptz' },
  most_helpful: { column: 't.helpful_count', cast: 'int' },
};

/** A user's public columns as the thread page statement returns them (createdAt as ISO text). */
export interface PageUser {
  id: string;
  handle: string;
  bio: string;
  role: PublicUser['role'];
  clinicianStatus: PublicUser['clinicianStatus'];
  createdAt: string;
}

/** The thread page statement's first row: the thread (timestamps as ISO text), its access facts and the users it names. */
interface ThreadPageHeader {
  thread: Record<keyof ThreadEntity, unknown>;
  canRead: boolean;
  blocked: boolean;
  authorUser: PageUser | null;
  replyAuthors: PageUser[] | null;
  viewer: { hidden: string[]; markedThread: boolean; readPoint: string | null; follows: boolean; saved: string[] } | null;
}

/** What the thread page statement reads of a signed-in viewer, for the request's loaders. */
export interface ThreadPageViewer {
  /** Members they blocked or were blocked by (`hiddenAuthorIds`). */
  hidden: Set<string>;
  /** They marked the thread helpful. */
  markedThread: boolean;
  /** Their state of the thread (`threadStateSql`). */
  state: { lastReadAt: Date | null; follows: boolean; saved: Set<string> };
}

/** The thread page statement's row: the thread, its access facts, and (when readable) its first reply page. */
export type ThreadPageRow = ThreadEntity & {
  canRead: boolean;
  blocked: boolean;
  authorUser: PageUser | null;
  /** Null when the viewer may not read the group's content or the author is in a block with them. */
  replyRows: ReplyPageRow[] | null;
  replyAuthors: PageUser[] | null;
  /** A signed-in viewer's own facts (null for a visitor). */
  viewerFacts: ThreadPageViewer | null;
};

/** The values the reply page statements take, by name. */
interface PageInputs {
  thread: string;
  /** The thread's group (replyPageFor, signed in). */
  group: string | null;
  viewer: string | null;
  after: string | null;
  limit: number;
  hidden: string;
  anonymous: string;
  former: string;
}

/**
 * A statement's text and which input each placeholder stands for. The text depends only on the
 * variant (a visitor or a member, the first page or one after a cursor), so it is built once per
 * variant and kept; each call only lists its values in placeholder order.
 */
class PageStatement {
  readonly inputs: (keyof PageInputs)[] = [];
  text = '';

  /** The placeholder of an input (the same one each time it is used). */
  readonly param = (name: keyof PageInputs): string => {
    const i = this.inputs.indexOf(name);
    return `$${i < 0 ? this.inputs.push(name) : i + 1}`;
  };

  values(v: PageInputs): unknown[] {
    return this.inputs.map((name) => v[name]);
  }
}

/** Which statement text a page needs. */
const variantOf = (viewerId: string | null, afterPath: string | null) => `${viewerId === null ? 'visitor' : 'member'}:${afterPath === null ? 'first' : 'after'}`;

/**
 * A page statement from `cache`, built once per variant (variantOf) and set of fields asked for
 * (`fields`, null for all); past MAX_PAGE_STATEMENTS texts a new set of fields gets the full variant.
 */
function statementFor(
  cache: Map<string, PageStatement>,
  viewerId: string | null,
  afterPath: string | null,
  fields: ReadonlySet<string> | null | undefined,
  build: (member: boolean, after: boolean, only: ReadonlySet<string> | null) => PageStatement,
): PageStatement {
  const variant = variantOf(viewerId, afterPath);
  const key = fields ? `${variant}:${[...fields].sort().join(',')}` : variant;
  let statement = cache.get(key);
  if (statement) return statement;
  if (fields && cache.size >= MAX_PAGE_STATEMENTS) return statementFor(cache, viewerId, afterPath, null, build);
  statement = build(viewerId !== null, afterPath !== null, fields ?? null);
  cache.set(key, statement);
  return statement;
}

/**
 * What a page's rows carry whatever the query asks for: the reply's id, its cursor (`path`), and its
 * author (set by `attachAuthors` from `namedAuthorId`). Every other field is selected only when asked.
 */
const PAGE_ROW_ALWAYS: ReadonlySet<string> = new Set<keyof ReplyPageRow>(['id', 'path', 'author', 'namedAuthorId']);
/**
 * Statement texts kept per statement: one per variant and set of fields asked for. Past this many a
 * new set of fields is read with every field (the four full variants are always kept), so a client
 * sending endless field combinations costs no more texts, nor named statements, than this.
 */
const MAX_PAGE_STATEMENTS = 32;

/**
 * The reply page as SQL, for `replyPageFor` (rows) and `threadPageFor` (JSON): the CTEs `v` (the
 * viewer's facts) and `page` (the replies with `hidden`), the FROM clause, and every field of
 * `ReplyPageRow` the query asks for as [name, expression] (`only` with PAGE_ROW_ALWAYS; every field when
 * null). `thread` is an SQL expression, `groupOf` gives one for
 * the thread's group (asked only for a signed-in viewer); `param` gives an input's placeholder.
 * `member` and `after` choose the variant: a signed-in viewer, a page after a cursor.
 *
 * The access rules are access.sql.ts's: withheld (text, author, label) when the named author is in
 * a block with the viewer, or the reply is not visible and the viewer neither wrote it nor
 * moderates the group; anonymous authors never named; the moderation reason only for the author
 * and moderators. The viewer's own fields (helpful mark, saved, wrote it, new since their read
 * point, read-state.sql.ts) are computed here too.
 */
function replyPageSql(
  variant: { member: boolean; after: boolean },
  thread: string,
  groupOf: () => string,
  param: (name: keyof PageInputs) => string,
  only: ReadonlySet<string> | null,
  materialized = false,
): { ctes: string; from: string; fields: [keyof ReplyPageRow, string][] } {
  const after = variant.after ? ` AND r.path > ${param('after')}::text` : '';
  const limit = param('limit');
  // A field not asked for is left out, and so are the placeholders only it would use.
  const asked = (name: keyof ReplyPageRow) => !only || PAGE_ROW_ALWAYS.has(name) || only.has(name);
  const labels = asked('authorLabel') ? { hidden: param('hidden'), anonymous: param('anonymous'), former: param('former') } : null;
  let viewer: string;
  let blocked: string;
  let marked: string;
  if (!variant.member) {
    // A visitor: no block, no moderation power, no read point, nothing saved or marked. Written
    // as constants (what the rules below give for a NULL viewer) so there is nothing to plan.
    viewer = `NULL::uuid AS viewer, false AS moderates, NULL::timestamptz AS read_point, '{}'::uuid[] AS saved`;
    blocked = 'false';
    marked = 'false';
  } else {
    const v = `${param('viewer')}::uuid`;
    const group = groupOf();
    viewer = `${v} AS viewer,
              coalesce(${siteModerator(v)} OR ${groupModerator(group, v)}, false) AS moderates,
              (SELECT ${readPointSql('tr', 'gr', group, v)}
                 FROM (SELECT 1) one
                 LEFT JOIN thread_reads tr ON tr.user_id = ${v} AND tr.thread_id = ${thread}
                 LEFT JOIN group_reads gr ON gr.user_id = ${v} AND gr.group_id = ${group}) AS read_point,
              ARRAY(SELECT s.reply_id FROM saved_posts s WHERE s.user_id = ${v} AND s.thread_id = ${thread} AND s.reply_id IS NOT NULL) AS saved`;
    blocked = authorHiddenFrom({ anonymous: 'r.anonymous', authorId: 'r.author_id' }, 'v.viewer');
    marked = `EXISTS (SELECT 1 FROM helpful_marks h WHERE h.user_id = p.viewer AND h.target_type = 'reply' AND h.target_id = p.id)`;
  }
  // Withheld: a named author in a block with the viewer, or not visible and neither theirs nor moderated by them.
  const hidden = `(${blocked} OR (r.moderation <> 'visible' AND NOT v.moderates AND NOT coalesce(r.author_id = v.viewer, false)))`;
  const ctes = `v AS (SELECT ${viewer}),
       page AS ${materialized ? 'MATERIALIZED ' : ''}(
         SELECT r.*, ${hidden} AS hidden, v.viewer, v.moderates, v.read_point, v.saved
           FROM replies r CROSS JOIN v
          WHERE r.thread_id = ${thread}${after}
          ORDER BY r.path LIMIT ${limit}
       )`;
  return {
    ctes,
    from: 'page p LEFT JOIN users u ON u.id = p.author_id AND NOT p.anonymous AND NOT p.hidden',
    fields: ([
      ['id', 'p.id'],
      ['threadId', 'p.thread_id'],
      ['parentId', 'p.parent_id'],
      ['path', 'p.path'],
      ['depth', 'p.depth'],
      ['authorId', 'p.author_id'],
      ['body', `CASE WHEN p.hidden THEN '' ELSE p.body END`],
      ['bodyHtml', `CASE WHEN p.hidden THEN '' ELSE p.body_html END`],
      ['isAnonymous', 'p.anonymous'],
      ['isDeleted', 'p.deleted_at IS NOT NULL'],
      ['isHidden', 'p.hidden'],
      ['helpfulCount', 'p.helpful_count'],
      ['helpedAsker', 'p.helped_asker'],
      ['createdAt', isoUtc('p.created_at')],
      ['editedAt', isoUtc('p.edited_at')],
      ['isNew', 'coalesce(p.viewer IS NOT NULL AND NOT coalesce(p.author_id = p.viewer, false) AND p.created_at > p.read_point, false)'],
      ['author', 'NULL'],
      ['authorLabel', labels && `CASE WHEN p.hidden THEN ${labels.hidden}::text WHEN p.anonymous THEN ${labels.anonymous}::text WHEN u.id IS NULL THEN ${labels.former}::text ELSE u.handle END`],
      ['viewerIsAuthor', 'coalesce(NOT p.hidden AND p.author_id = p.viewer, false)'],
      ['moderationState', 'p.moderation'],
      ['moderationReason', 'CASE WHEN p.moderates OR p.author_id = p.viewer THEN p.moderation_reason END'],
      ['viewerMarkedHelpful', marked],
      ['viewerSaved', 'p.id = ANY(p.saved)'],
      ['namedAuthorId', 'u.id'],
    ] as [keyof ReplyPageRow, string | null][]).filter((f): f is [keyof ReplyPageRow, string] => asked(f[0]) && f[1] !== null),
  };
}

/**
 * The SQL of the threads feature's tables (threads, replies, their revisions, read positions),
 * in one place: ThreadsService and RepliesService hold the rules, other features (notifications)
 * call these methods instead of reading the tables themselves. A row has one mapping — the
 * entity's: raw statements select the entity's columns under its field names, generated from
 * its metadata, so a row from SQL and a row from the ORM are the same object.
 */
@Injectable()
export class PostsRepository {
  /** `t.<column> AS "<field>"` for every ThreadEntity column. */
  readonly threadColumns: string;
  /** `<column> AS "<field>"` for every ReplyEntity column (unqualified: one table). */
  readonly replyColumns: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plannedOnce: PlannedOnceStatements,
  ) {
    const columns = (entity: typeof ThreadEntity | typeof ReplyEntity, alias: string) =>
      db
        .getMetadata(entity)
        .columns.map((c) => `${alias}${c.databaseName} AS "${c.propertyName}"`)
        .join(', ');
    this.threadColumns = columns(ThreadEntity, 't.');
    this.threadTimestamps = db
      .getMetadata(ThreadEntity)
      .columns.filter((c) => c.type === 'timestamptz')
      .map((c) => c.propertyName);
    this.replyColumns = columns(ReplyEntity, '');
    this.replyColumnsOf = (alias: string, prefix = '') =>
      db
        .getMetadata(ReplyEntity)
        .columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.propertyName}"`)
        .join(', ');
  }

  /** `'<field>', <alias>.<column>` for every ThreadEntity column, timestamps as ISO text (for json_build_object). */
  threadJsonFields(alias: string): string {
    return this.db
      .getMetadata(ThreadEntity)
      .columns.map((c) => `'${c.propertyName}', ${c.type === 'timestamptz' ? isoUtc(`${alias}.${c.databaseName}`) : `${alias}.${c.databaseName}`}`)
      .join(', ');
  }

  /** The ThreadEntity fields that are timestamps (Dates on the entity). */
  readonly threadTimestamps: string[];

  /** `<alias>.<column> AS "<prefix><field>"` for every ReplyEntity column (for statements that join replies to other tables). */
  readonly replyColumnsOf: (alias: string, prefix?: string) => string;

  // ---- threads -------------------------------------------------------------------------

  async thread(id: string, tx: EntityManager = this.db.manager): Promise<ThreadEntity | null> {
    return tx.getRepository(ThreadEntity).findOneBy({ id });
  }

  /**
   * A thread with what the access rules say of it for the viewer: whether they may read its
   * group's content (as of its writing), and whether its named author is in a block with them.
   */
  async threadForViewer(id: string, viewerId: string | null): Promise<(ThreadEntity & { canRead: boolean; blocked: boolean }) | null> {
    const [row]: (ThreadEntity & { canRead: boolean; blocked: boolean })[] = await this.db.query(
      `SELECT ${this.threadColumns},
              ${canReadGroupContent('g', 't.created_at', '$2::uuid')} AS "canRead",
              ${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, '$2::uuid')} AS blocked
         FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = $1`,
      [id, viewerId],
    );
    return row ?? null;
  }

  /** A page of a group's threads the viewer may see, and how many there are in all. */
  async listThreads(q: ThreadListQuery): Promise<{ rows: ThreadEntity[]; total: number }> {
    const sort = SORT_COLUMNS[q.sort];
    const params: unknown[] = [q.groupId, q.viewerId];
    const where = [
      't.group_id = $1',
      // What was written while the group was private stays members-only.
      canReadGroupContent('g', 't.created_at', '$2::uuid'),
      // Members who blocked each other do not see each other's threads.
      `NOT coalesce(${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, '$2::uuid')}, false)`,
      // Threads that are not visible are listed only for their author and the group's moderators.
      `coalesce(${moderationVisible({ moderation: 't.moderation', authorId: 't.author_id', group: 't.group_id' }, '$2::uuid')}, false)`,
    ];
    if (q.kind) where.push(`t.kind = $${params.push(q.kind)}`);
    if (q.tag) where.push(`$${params.push(q.tag.toLowerCase())} = ANY(t.tags)`);
    const from = `FROM threads t JOIN groups g ON g.id = t.group_id WHERE ${where.join(' AND ')}`;
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n ${from}`, params);
    const page = [...params];
    let after = '';
    if (q.cursor) {
      after = ` AND (${sort.column}, t.id) < ($${page.push(q.cursor[0])}::${sort.cast}, $${page.push(q.cursor[1])}::uuid)`;
    }
    const rows: ThreadEntity[] = await this.db.query(
      `SELECT ${this.threadColumns} ${from}${after} ORDER BY ${sort.column} DESC, t.id DESC LIMIT $${page.push(q.limit + 1)}`,
      page,
    );
    return { rows, total: n };
  }

  /** Locks a thread's row for the rest of the transaction. */
  async lockThread(tx: EntityManager, id: string): Promise<ThreadEntity> {
    const [row]: ThreadEntity[] = await tx.query(`SELECT ${this.threadColumns} FROM threads t WHERE t.id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound('That thread');
    return row;
  }

  async saveThread(tx: EntityManager, thread: Partial<ThreadEntity>): Promise<ThreadEntity> {
    return tx.getRepository(ThreadEntity).save(tx.getRepository(ThreadEntity).create(thread));
  }

  async threadRevisions(threadId: string): Promise<{ title: string; body: string; tags: string[]; replacedAt: Date }[]> {
    return this.db.query(
      `SELECT title, body, tags, created_at AS "replacedAt" FROM thread_revisions WHERE thread_id = $1 ORDER BY created_at DESC`,
      [threadId],
    );
  }

  /** Keeps the version of a thread an edit is about to replace. */
  async keepThreadRevision(tx: EntityManager, thread: ThreadEntity): Promise<void> {
    await tx.query(`INSERT INTO thread_revisions (thread_id, title, body, tags) VALUES ($1, $2, $3, $4)`, [thread.id, thread.title, thread.body, thread.tags]);
  }

  async dropThreadRevisions(tx: EntityManager, threadId: string): Promise<void> {
    await tx.query(`DELETE FROM thread_revisions WHERE thread_id = $1`, [threadId]);
  }

  /** Remembers that the member has read the thread up to now. */
  async markRead(userId: string, threadId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO thread_reads (user_id, thread_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_at = now()`,
      [userId, threadId],
    );
  }

  /** Marks everything in a group read for the member, as of now (the thread pages' "New" badges too). */
  async markGroupRead(userId: string, groupId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO group_reads (user_id, group_id, read_before) VALUES ($1, $2, now())
       ON CONFLICT (user_id, group_id) DO UPDATE SET read_before = now()`,
      [userId, groupId],
    );
  }

  // ---- follows and saved posts -----------------------------------------------------------

  /** The member follows the thread (or stops); in the caller's transaction when given one. */
  async setFollow(userId: string, threadId: string, follow: boolean, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      follow
        ? `INSERT INTO thread_follows (user_id, thread_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM thread_follows WHERE user_id = $1 AND thread_id = $2`,
      [userId, threadId],
    );
  }

  /** Who follows a thread (for reply notifications; the notification rules are applied on delivery). */
  async threadFollowers(threadId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(`SELECT user_id FROM thread_follows WHERE thread_id = $1`, [threadId]);
    return rows.map((r) => r.user_id);
  }

  /** Saves a thread (replyId null) or one of its replies for later, or forgets it. */
  async setSaved(userId: string, threadId: string, replyId: string | null, saved: boolean): Promise<void> {
    await this.db.query(
      saved
        ? `INSERT INTO saved_posts (user_id, thread_id, reply_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
        : `DELETE FROM saved_posts WHERE user_id = $1 AND thread_id = $2 AND reply_id IS NOT DISTINCT FROM $3::uuid`,
      [userId, threadId, replyId],
    );
  }

  // ---- tags ----------------------------------------------------------------------------

  async tags(): Promise<{ slug: string; label: string }[]> {
    return this.db.query(`SELECT slug, label FROM tags ORDER BY label`);
  }

  /** Which of these tag slugs exist. */
  async knownTags(slugs: string[], tx: EntityManager = this.db.manager): Promise<Set<string>> {
    const rows: { slug: string }[] = await tx.query(`SELECT slug FROM tags WHERE slug = ANY($1)`, [slugs]);
    return new Set(rows.map((r) => r.slug));
  }

  // ---- replies -------------------------------------------------------------------------

  async reply(id: string, tx: EntityManager = this.db.manager): Promise<ReplyEntity | null> {
    return tx.getRepository(ReplyEntity).findOneBy({ id });
  }

  /** A page of a thread's replies in tree order, after a path (one statement for any number). */
  async replyPage(threadId: string, afterPath: string | null, limit: number): Promise<ReplyEntity[]> {
    return this.db.query(`SELECT ${this.replyColumns} FROM replies WHERE thread_id = $1 AND ($2::text IS NULL OR path > $2) ORDER BY path LIMIT $3`, [
      threadId,
      afterPath,
      limit,
    ]);
  }

  /**
   * A page of a thread's replies in tree order as the viewer may see them, in one statement for
   * any number of replies, with the access rules applied by it (access.sql.ts): a named author in
   * a block with the viewer, and a post moderators have not let through (unless the viewer wrote
   * it or moderates the group), are withheld — text, author and label; anonymous authors are never
   * named; the moderation reason only for the author and moderators. The viewer's own fields
   * (helpful mark, saved, wrote it, new since their read point) come from the same statement.
   * The caller has checked that the viewer may read the thread.
   */
  async replyPageFor(q: ReplyPageQuery): Promise<ReplyPageRow[]> {
    const statement = statementFor(this.replyPageStatements, q.viewerId, q.afterPath, q.fields, (member, after, only) => {
      const s = new PageStatement();
      const page = replyPageSql({ member, after }, s.param('thread'), () => `${s.param('group')}::uuid`, s.param, only);
      s.text = `WITH ${page.ctes} SELECT ${page.fields.map(([field, expr]) => `${expr} AS "${field}"`).join(', ')} FROM ${page.from} ORDER BY p.path`;
      return s;
    });
    return this.plannedOnce.query(
      statement.text,
      statement.values({ thread: q.threadId, group: q.groupId, viewer: q.viewerId, after: q.afterPath, limit: q.limit, ...q.labels }),
    );
  }

  /** replyPageFor's statements (statementFor). */
  private readonly replyPageStatements = new Map<string, PageStatement>();

  /** threadPageFor's statements (statementFor). */
  private readonly threadPageStatements = new Map<string, PageStatement>();

  /** The thread page statement of a variant, with the reply fields `only` (see threadPageFor). */
  private threadPageStatement(member: boolean, after: boolean, only: ReadonlySet<string> | null): PageStatement {
    const statement = new PageStatement();
    const id = statement.param('thread');
    const viewer = `${statement.param('viewer')}::uuid`;
    const page = replyPageSql({ member, after }, id, () => `(SELECT th.group_id FROM threads th WHERE th.id = ${id})`, statement.param, only, true);
    const user = (u: string) =>
      `json_build_object('id', ${u}.id, 'handle', ${u}.handle, 'bio', ${u}.bio, 'role', ${u}.role, 'clinicianStatus', ${u}.clinician_status, 'createdAt', ${isoUtc(`${u}.created_at`)})`;
    const open = `x."canRead" AND NOT coalesce(x.blocked, false)`;
    // A member's own facts, which the request would otherwise ask for in three more statements: the
    // members in a block with them, their helpful mark on the thread, and their state of it.
    const state = threadStateSql('t', viewer);
    const viewerFacts = `(SELECT json_build_object('hidden', ARRAY(${hiddenAuthorIds(viewer)}),
                                'markedThread', EXISTS (SELECT 1 FROM helpful_marks h WHERE h.user_id = ${viewer} AND h.target_type = 'thread' AND h.target_id = x.id),
                                'readPoint', ${isoUtc('st.read_point')}, 'follows', st.follows, 'saved', st.saved)
                FROM (SELECT ${state.columns} FROM threads t ${state.joins} WHERE t.id = x.id) st)`;
    statement.text = `WITH ${page.ctes},
       x AS (SELECT t.*, ${canReadGroupContent('g', 't.created_at', viewer)} AS "canRead",
                    ${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, viewer)} AS blocked
               FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = ${id})
       SELECT 0 AS k,
              json_build_object(
                'thread', json_build_object(${this.threadJsonFields('x')}),
                'canRead', x."canRead", 'blocked', x.blocked,
                'authorUser', (SELECT ${user('a')} FROM users a WHERE a.id = x.author_id AND NOT x.anonymous),
                'replyAuthors', CASE WHEN ${open} THEN (SELECT coalesce(json_agg(${user('n')}), '[]') FROM users n
                                       WHERE n.id IN (SELECT p.author_id FROM page p WHERE NOT p.anonymous AND NOT p.hidden)) END,
                'viewer', ${member ? viewerFacts : 'NULL'}
              ) AS "threadPage",
              ${page.fields.map(([field]) => `NULL AS "${field}"`).join(', ')}
         FROM x
       UNION ALL
       SELECT 1, NULL::json, ${page.fields.map(([field, expr]) => `${expr} AS "${field}"`).join(', ')}
         FROM ${page.from}
        WHERE EXISTS (SELECT 1 FROM x WHERE ${open})
       ORDER BY k, path`;
    return statement;
  }

  /**
   * The thread page in one statement: the thread with what the access rules say of it for the
   * viewer (as `threadForViewer`) and its author's public columns unless it is anonymous, then —
   * only when the viewer may read its group's content and its author is not in a block with
   * them — the first page of its replies exactly as `replyPageFor` gives them, with the public
   * columns of the members the page names. One round trip to the database instead of four
   * (thread, its author, replies, their authors). The first row carries the thread and the users
   * as one small JSON value (`threadPage`); the replies follow as plain rows (a 200-reply page as
   * one JSON value cost the server more to parse than the four statements it replaced).
   */
  async threadPageFor(id: string, viewerId: string | null, q: Omit<ReplyPageQuery, 'threadId' | 'groupId' | 'viewerId'>): Promise<ThreadPageRow | null> {
    const statement = statementFor(this.threadPageStatements, viewerId, q.afterPath, q.fields, (member, after, only) => this.threadPageStatement(member, after, only));
    const rows = await this.plannedOnce.query<{ k: number; threadPage: ThreadPageHeader | null } & ReplyPageRow>(
      statement.text,
      statement.values({ thread: id, group: null, viewer: viewerId, after: q.afterPath, limit: q.limit, ...q.labels }),
    );
    const header = rows[0]?.threadPage;
    if (!header) return null;
    const thread = header.thread as unknown as Record<string, unknown>;
    for (const field of this.threadTimestamps) if (thread[field] !== null) thread[field] = new Date(thread[field] as string);
    return {
      ...(thread as unknown as ThreadEntity),
      canRead: header.canRead,
      blocked: header.blocked,
      authorUser: header.authorUser,
      replyRows: header.canRead && !header.blocked ? rows.slice(1) : null,
      replyAuthors: header.replyAuthors,
      viewerFacts: header.viewer && {
        hidden: new Set(header.viewer.hidden),
        markedThread: header.viewer.markedThread,
        state: {
          lastReadAt: header.viewer.readPoint === null ? null : new Date(header.viewer.readPoint),
          follows: header.viewer.follows,
          saved: new Set(header.viewer.saved),
        },
      },
    };
  }

  /** Locks a reply's row for the rest of the transaction. */
  async lockReply(tx: EntityManager, id: string): Promise<ReplyEntity> {
    const [row]: ReplyEntity[] = await tx.query(`SELECT ${this.replyColumns} FROM replies WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound('That reply');
    return row;
  }

  /** A reply in a given thread (the parent a new reply answers), read in the writer's transaction. */
  async replyInThread(tx: EntityManager, id: string, threadId: string): Promise<ReplyEntity | null> {
    return tx.getRepository(ReplyEntity).findOneBy({ id, threadId });
  }

  /** Takes the thread's next reply number, counts the reply and its activity; returns the number. */
  async nextReplySeq(tx: EntityManager, thread: ThreadEntity): Promise<number> {
    const seq = thread.replySeq + 1;
    await tx.query(`UPDATE threads SET reply_seq = $2, reply_count = reply_count + 1, last_activity_at = now() WHERE id = $1`, [thread.id, seq]);
    return seq;
  }

  async saveReply(tx: EntityManager, reply: Partial<ReplyEntity>): Promise<ReplyEntity> {
    return tx.getRepository(ReplyEntity).save(tx.getRepository(ReplyEntity).create(reply));
  }

  /** Keeps the version of a reply an edit is about to replace. */
  async keepReplyRevision(tx: EntityManager, reply: ReplyEntity): Promise<void> {
    await tx.query(`INSERT INTO reply_revisions (reply_id, body) VALUES ($1, $2)`, [reply.id, reply.body]);
  }

  async dropReplyRevisions(tx: EntityManager, replyId: string): Promise<void> {
    await tx.query(`DELETE FROM reply_revisions WHERE reply_id = $1`, [replyId]);
  }

  async setHelpedAsker(replyId: string, helped: boolean): Promise<void> {
    await this.db.query(`UPDATE replies SET helped_asker = $2 WHERE id = $1`, [replyId, helped]);
  }

  // ---- helpful marks -------------------------------------------------------------------

  /** What a helpful mark needs to know of a post: its author, whether deleted, its thread, its state. */
  async helpfulTarget(type: 'thread' | 'reply', id: string): Promise<{ authorId: string | null; deletedAt: Date | null; threadId: string; moderation: string } | null> {
    const [row] = await this.db.query(
      type === 'thread'
        ? `SELECT author_id AS "authorId", deleted_at AS "deletedAt", id AS "threadId", moderation FROM threads WHERE id = $1`
        : `SELECT author_id AS "authorId", deleted_at AS "deletedAt", thread_id AS "threadId", moderation FROM replies WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Adds or removes the member's helpful mark and moves the post's count with it, in the
   * caller's transaction. Null when there was nothing to change (already marked, or not marked).
   */
  async setHelpful(tx: EntityManager, userId: string, type: 'thread' | 'reply', id: string, helpful: boolean): Promise<number | null> {
    const changed = helpful
      ? await tx.query(`INSERT INTO helpful_marks (user_id, target_type, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [userId, type, id])
      : await tx.query(`DELETE FROM helpful_marks WHERE user_id = $1 AND target_type = $2 AND target_id = $3 RETURNING 1`, [userId, type, id]);
    if (!returnedRows(changed).length) return null;
    const [row] = returnedRows<{ helpful_count: number }>(
      await tx.query(`UPDATE ${type === 'thread' ? 'threads' : 'replies'} SET helpful_count = helpful_count + $2 WHERE id = $1 RETURNING helpful_count`, [
        id,
        helpful ? 1 : -1,
      ]),
    );
    return row!.helpful_count;
  }

  // ---- what other features ask -----------------------------------------------------------

  /** A thread as notifications need it (its group's name, its author and whether anonymous). */
  async threadNotice(id: string): Promise<ThreadNotice | null> {
    const [t]: ThreadNotice[] = await this.db.query(
      `SELECT t.id, t.group_id AS "groupId", g.name AS "groupName", t.author_id AS "authorId", t.anonymous, t.title, t.body
         FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = $1`,
      [id],
    );
    return t ?? null;
  }

  /** A reply as notifications need it: its thread's title and author, and the author it answers. */
  async replyNotice(id: string): Promise<ReplyNotice | null> {
    const [r]: ReplyNotice[] = await this.db.query(
      `SELECT r.id, r.thread_id AS "threadId", t.group_id AS "groupId", t.title, r.author_id AS "authorId", r.anonymous, r.body,
              t.author_id AS "threadAuthorId", p.author_id AS "parentAuthorId"
         FROM replies r JOIN threads t ON t.id = r.thread_id LEFT JOIN replies p ON p.id = r.parent_id WHERE r.id = $1`,
      [id],
    );
    return r ?? null;
  }

  /** Who wrote a thread or reply, in which group and thread. */
  async postPlace(type: 'thread' | 'reply', id: string): Promise<PostPlace | null> {
    const [p]: PostPlace[] = await this.db.query(
      type === 'thread'
        ? `SELECT t.author_id AS "authorId", t.group_id AS "groupId", t.id AS "threadId", t.title FROM threads t WHERE t.id = $1`
        : `SELECT r.author_id AS "authorId", t.group_id AS "groupId", t.id AS "threadId", t.title FROM replies r JOIN threads t ON t.id = r.thread_id WHERE r.id = $1`,
      [id],
    );
    return p ?? null;
  }
}
