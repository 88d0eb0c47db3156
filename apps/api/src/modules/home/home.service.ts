import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import type { Loaders } from '../../common/dataloader/loaders';
import { decodeCursor, pageSize, type PageInfo } from '../../common/graphql/pagination';
import { ExperienceReportsService } from '../experience-reports/experience-reports.service';
import { toGroup } from '../groups/groups.service';
import { toReplies, toThread } from '../threads/post.mapper';
import { HomePageArgs } from './home.object';
import { HomeRepository, type HomeThreadFilter } from './home.repository';
import type {
  HomeGroupObject,
  HomeReplyPageObject,
  HomeReportPageObject,
  HomeThreadPageObject,
  SavedPostPageObject,
} from './home.object';

const encode = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** One page of a list read with `limit + 1` rows: the page, and where the next one starts. */
function paged<R>(rows: R[], limit: number, key: (row: R) => (string | number)[]): { page: R[]; pageInfo: PageInfo } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encode(key(last)) : null } };
}

const homeLimit = (args: HomePageArgs) => pageSize(args.first, HomePageArgs.limits);

/**
 * The signed-in member's home: new and updated threads in their groups (or those they follow)
 * with what is new to them, their groups with unread counts, replies to them, the newest
 * what-works reports in their conditions, and the posts they saved. The rules are the access
 * rules every list uses (composed into each statement by HomeRepository); the read point is
 * the threads feature's (`read-state.sql.ts`).
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly home: HomeRepository,
    private readonly experienceReports: ExperienceReportsService,
  ) {}

  async threads(viewer: AuthUser, args: HomePageArgs & { filter: HomeThreadFilter }, loaders: Loaders): Promise<HomeThreadPageObject> {
    const limit = homeLimit(args);
    const rows = await this.home.threads(viewer.id, args.filter, limit, decodeCursor(args.after, 2));
    // Who is in a block with the viewer, the authors and the groups came with the rows: the
    // mapper's and the `group` field's lookups need no statement.
    if (rows[0]) loaders.viewerHiddenAuthors.prime(new Set(rows[0].viewerHidden));
    for (const r of rows) {
      if (r.author) loaders.userById.prime(r.author.id, r.author);
      loaders.groupById.prime(r.group.id, r.group);
    }
    const { page, pageInfo } = paged(rows, limit, (r) => [new Date(r.lastActivityAt).toISOString(), r.id]);
    const nodes = await Promise.all(
      page.map(async (r) => ({
        thread: await toThread(r, viewer, loaders),
        newReplyCount: r.newReplyCount,
        isNew: r.authorId !== viewer.id && (!r.readPoint || r.createdAt > r.readPoint),
        viewerFollows: r.follows,
        viewerLastReadAt: r.readPoint,
      })),
    );
    return { nodes, pageInfo };
  }

  async groups(viewer: AuthUser, loaders: Loaders): Promise<HomeGroupObject[]> {
    const rows = await this.home.groups(viewer.id);
    for (const r of rows) loaders.groupById.prime(r.group.id, r.group);
    return rows.map((r) => ({ group: toGroup(r.group), unreadCount: r.unreadCount }));
  }

  async repliesToMe(viewer: AuthUser, args: HomePageArgs, loaders: Loaders): Promise<HomeReplyPageObject> {
    const limit = homeLimit(args);
    const rows = await this.home.repliesToMe(viewer.id, limit, decodeCursor(args.after, 2));
    const { page, pageInfo } = paged(rows, limit, (r) => [new Date(r.reply.createdAt).toISOString(), r.reply.id]);
    const replies = await toReplies(
      page.map((r) => r.reply),
      viewer,
      loaders,
      null,
      false,
    );
    const nodes = page.map((r, i) => ({ reply: { ...replies[i]!, isNew: r.isNew }, threadId: r.reply.threadId, threadTitle: r.threadTitle }));
    return { nodes, pageInfo };
  }

  async reports(viewer: AuthUser, args: HomePageArgs): Promise<HomeReportPageObject> {
    const limit = homeLimit(args);
    const { nodes, hasNextPage } = await this.experienceReports.newestInMemberConditions(viewer, limit, decodeCursor(args.after, 2));
    const last = nodes.at(-1);
    return { nodes, pageInfo: { hasNextPage, endCursor: last ? encode([new Date(last.createdAt).toISOString(), last.id]) : null } };
  }

  async saved(viewer: AuthUser, args: HomePageArgs, loaders: Loaders): Promise<SavedPostPageObject> {
    const limit = homeLimit(args);
    const rows = await this.home.saved(viewer.id, limit, decodeCursor(args.after, 2));
    const { page, pageInfo } = paged(rows, limit, (r) => [new Date(r.savedAt).toISOString(), r.id]);
    const replyRows = page.flatMap((r) => (r.reply ? [r.reply] : []));
    const [threads, replies] = await Promise.all([
      Promise.all(page.map((r) => toThread(r.thread, viewer, loaders))),
      toReplies(replyRows, viewer, loaders, null, false, new Set(replyRows.map((r) => r.id))),
    ]);
    const replyById = new Map(replies.map((r) => [r.id, r]));
    const nodes = page.map((r, i) => ({ id: r.id, savedAt: r.savedAt, thread: threads[i]!, reply: r.reply ? replyById.get(r.reply.id)! : null }));
    return { nodes, pageInfo };
  }
}
