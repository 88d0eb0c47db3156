import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { ANONYMOUS_LABEL } from '@kindred/contracts';

/**
 * The baseline for `home`: a bare Node `http` server (no framework, no GraphQL, no ORM, no
 * session) that answers the member home's first request with the very statements Kindred's
 * HomeRepository sends (captured from it, text and parameters: the page of threads with their
 * counts, and the groups with their unread counts, each row with its group's columns) through a
 * plain `pg` Pool, and returns the same JSON. What the feature's SQL costs by hand.
 */

/** One statement as Kindred sent it. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** SQL statements per request, for the report. */
export const BASELINE_QUERIES = 2;

const FORMER_MEMBER = 'former member';
const encode = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

interface ThreadRow {
  id: string;
  groupId: string;
  authorId: string | null;
  anonymous: boolean;
  kind: string;
  title: string;
  lockedAt: Date | null;
  replyCount: number;
  createdAt: Date;
  lastActivityAt: Date;
  moderation: string;
  readPoint: Date | null;
  follows: boolean;
  newReplyCount: number;
  u_handle: string | null;
  g_slug: string;
  g_name: string;
}

interface GroupRow {
  g_id: string;
  g_slug: string;
  g_name: string;
  g_visibility: string;
  unreadCount: number;
}

async function homePage(pool: Pool, memberId: string, threads: CapturedStatement, groups: CapturedStatement, limit: number): Promise<unknown> {
  const [t, g] = await Promise.all([pool.query<ThreadRow>(threads.sql, threads.params), pool.query<GroupRow>(groups.sql, groups.params)]);
  const page = t.rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: {
      homeGroups: g.rows.map((r) => ({ unreadCount: r.unreadCount, group: { id: r.g_id, slug: r.g_slug, name: r.g_name, visibility: r.g_visibility } })),
      homeThreads: {
        pageInfo: { hasNextPage: t.rows.length > limit, endCursor: last ? encode([last.lastActivityAt.toISOString(), last.id]) : null },
        nodes: page.map((r) => {
          return {
            newReplyCount: r.newReplyCount,
            isNew: r.authorId !== memberId && (!r.readPoint || r.createdAt > r.readPoint),
            viewerFollows: r.follows,
            thread: {
              id: r.id,
              kind: r.kind,
              title: r.title,
              authorLabel: r.anonymous ? ANONYMOUS_LABEL : (r.u_handle ?? FORMER_MEMBER),
              isLocked: !!r.lockedAt,
              replyCount: r.replyCount,
              lastActivityAt: r.lastActivityAt.toISOString(),
              moderationState: r.moderation,
              group: { id: r.groupId, slug: r.g_slug, name: r.g_name },
            },
          };
        }),
      },
    },
  };
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

export async function startBaseline(
  databaseUrl: string,
  poolSize: number,
  statements: { memberId: string; threads: CapturedStatement; groups: CapturedStatement; limit: number },
): Promise<BaselineServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      };
      homePage(pool, statements.memberId, statements.threads, statements.groups, statements.limit).then(
        (body) => send(200, body),
        () => send(503, { data: null, errors: [{ message: 'The database cannot be reached right now.', extensions: { code: 'INTERNAL_ERROR' } }] }),
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
