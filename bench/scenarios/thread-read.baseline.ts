import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { ANONYMOUS_LABEL, LIMITS } from '@kindred/contracts';

/**
 * The baseline for thread-read: a bare Node `http` server (no framework, no GraphQL, no ORM)
 * that answers the thread page's query with the same SQL Kindred needs (the thread row, the
 * group access check, the replies in path order, the authors) through a plain `pg` Pool,
 * and the same JSON (`{ data: { thread: { ... } } }`). It is what the work costs by hand.
 */

const THREAD_SQL = `SELECT id, group_id, author_id, anonymous, kind, title, body_html, tags,
                           helpful_count, reply_count, created_at
                      FROM threads WHERE id = $1`;
const GROUP_SQL = `SELECT visibility FROM groups WHERE id = $1`;
const REPLIES_SQL = `SELECT id, parent_id, depth, author_id, anonymous, body_html, helpful_count, helped_asker, created_at
                       FROM replies WHERE thread_id = $1 ORDER BY path LIMIT $2`;
const AUTHORS_SQL = `SELECT id, handle FROM users WHERE id = ANY($1::uuid[])`;

/** SQL statements per request, for the report. */
export const BASELINE_QUERIES = 4;

const FORMER_MEMBER = 'former member';

interface PostRow {
  author_id: string | null;
  anonymous: boolean;
}

function authorFields(post: PostRow, handles: Map<string, string>) {
  if (post.anonymous) return { authorLabel: ANONYMOUS_LABEL, author: null };
  const handle = post.author_id ? handles.get(post.author_id) : undefined;
  if (!handle) return { authorLabel: FORMER_MEMBER, author: null };
  return { authorLabel: handle, author: { handle } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const error = (message: string, code: string) => ({ data: null, errors: [{ message, extensions: { code } }] });

async function threadPage(pool: Pool, id: string): Promise<unknown> {
  const thread = (await pool.query(THREAD_SQL, [id])).rows[0];
  if (!thread) return error('That thread was not found.', 'NOT_FOUND');
  const group = (await pool.query(GROUP_SQL, [thread.group_id])).rows[0];
  if (!group || group.visibility !== 'public') {
    return error('Only members of this private group can read its threads.', 'FORBIDDEN');
  }
  const replies = (await pool.query(REPLIES_SQL, [id, LIMITS.replyPageDefault])).rows;
  const authorIds = new Set<string>();
  for (const p of [thread, ...replies]) if (p.author_id && !p.anonymous) authorIds.add(p.author_id);
  const handles = new Map<string, string>();
  if (authorIds.size) {
    for (const u of (await pool.query(AUTHORS_SQL, [[...authorIds]])).rows) handles.set(u.id, u.handle);
  }
  const threadAuthor = authorFields(thread, handles);
  return {
    data: {
      thread: {
        id: thread.id,
        title: thread.title,
        bodyHtml: thread.body_html,
        kind: thread.kind,
        tags: thread.tags,
        helpfulCount: thread.helpful_count,
        replyCount: thread.reply_count,
        authorLabel: threadAuthor.authorLabel,
        author: threadAuthor.author,
        createdAt: (thread.created_at as Date).toISOString(),
        replies: {
          totalCount: thread.reply_count,
          nodes: replies.map((r) => {
            const a = authorFields(r, handles);
            return {
              id: r.id,
              parentId: r.parent_id,
              depth: r.depth,
              bodyHtml: r.body_html,
              authorLabel: a.authorLabel,
              author: a.author,
              helpfulCount: r.helpful_count,
              helpedAsker: r.helped_asker,
              createdAt: (r.created_at as Date).toISOString(),
            };
          }),
        },
      },
    },
  };
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

export async function startBaseline(databaseUrl: string, poolSize: number): Promise<BaselineServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      };
      let id: unknown;
      try {
        id = JSON.parse(Buffer.concat(chunks).toString('utf8'))?.variables?.id;
      } catch {
        return send(400, error('The request body is not valid JSON.', 'BAD_REQUEST'));
      }
      if (typeof id !== 'string' || !UUID.test(id)) return send(400, error('`id` must be a UUID.', 'BAD_USER_INPUT'));
      threadPage(pool, id).then(
        (body) => send(200, body),
        () => send(503, error('The database cannot be reached right now.', 'INTERNAL_ERROR')),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
