import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import type { Loaders } from '../../common/dataloader/loaders';
import { withNodes } from '../../common/graphql/pagination';
import { uuid } from '../../common/validation/args';
import { AuditLogService } from '../audit/audit-log.service';
import type { AuditRow } from '../audit/audit-log.service';
import { GroupObject } from '../groups/group.object';
import { toGroup } from '../groups/groups.service';
import { FORMER_MEMBER_LABEL } from '../threads/post.mapper';
import { MemberObject } from '../users/user.object';
import { ReasonInput } from '../threads/thread.input';
import { toMember } from '../users/user.mapper';
import { AuditLogArgs, ModerationActionInput, ModerationQueueArgs, ReportInput, WatchedWordInput } from './moderation.input';
import {
  AuditEntryConnection,
  AuditEntryObject,
  CaseReportObject,
  ContentSnapshotObject,
  ModerationCaseConnection,
  ModerationCaseObject,
  ModerationSummaryObject,
  ReportReceiptObject,
  WatchedWordObject,
} from './moderation.object';
import { ModerationService } from './moderation.service';
import type { CaseView } from './moderation.service';
import { WatchedWordsService } from './watched-words.service';

const member = async (loaders: Loaders, id: string | null) => {
  const u = id ? await loaders.userById.load(id) : null;
  return u ? toMember(u) : null;
};

export async function toAuditEntry(r: AuditRow, loaders: Loaders): Promise<AuditEntryObject> {
  return {
    id: r.id,
    action: r.action,
    actor: await member(loaders, r.actorId),
    actorLabel: r.actorId ? (r.actorHandle ?? FORMER_MEMBER_LABEL) : 'Kindred (automatic)',
    targetType: r.targetType,
    targetId: r.targetId,
    reason: r.reason,
    groupId: r.groupId,
    createdAt: r.createdAt,
  };
}

@Resolver(() => ModerationCaseObject)
export class ModerationResolver {
  constructor(
    private readonly service: ModerationService,
    private readonly audits: AuditLogService,
  ) {}

  @Auth()
  @Mutation(() => ReportReceiptObject, { description: 'Reports content or a member to moderators. The reported member is never told who reported.' })
  report(@CurrentUser() viewer: AuthUser, @Args('input') input: ReportInput) {
    return this.service.report(viewer, input);
  }

  @Auth()
  @Query(() => ModerationCaseConnection, { description: 'The review queue: crisis first, then by number of reporters, then oldest.' })
  moderationQueue(@CurrentUser() viewer: AuthUser, @Args() args: ModerationQueueArgs) {
    return this.service.queue(viewer, args);
  }

  @Auth()
  @Query(() => ModerationCaseObject)
  moderationCase(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.caseById(viewer, id);
  }

  @Auth()
  @Query(() => ModerationSummaryObject, { nullable: true, description: 'Open cases the viewer moderates (for a badge); null when the viewer moderates nothing.' })
  moderationSummary(@CurrentUser() viewer: AuthUser) {
    return this.service.summary(viewer);
  }

  @Auth()
  @Mutation(() => ModerationCaseObject, { description: 'Claims a case so no one else handles it at the same time.' })
  claimModerationCase(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.claim(viewer, id);
  }

  @Auth()
  @Mutation(() => ModerationCaseObject)
  releaseModerationCase(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.release(viewer, id);
  }

  @Auth()
  @Mutation(() => ModerationCaseObject, { description: 'A moderator acts on a case or an item, with a reason the author is told.' })
  moderate(@CurrentUser() viewer: AuthUser, @Args('input') input: ModerationActionInput) {
    return this.service.moderate(viewer, input);
  }

  @Auth()
  @Query(() => AuditEntryConnection, { description: 'The append-only audit log, newest first. Moderators and admins.' })
  async auditLog(@CurrentUser() viewer: AuthUser, @Args() args: AuditLogArgs, @Context() ctx: GraphqlContext) {
    const page = await this.audits.search(await this.service.moderatedGroupIds(viewer), args);
    return withNodes(page, await Promise.all(page.nodes.map((r) => toAuditEntry(r, ctx.loaders))));
  }

  // ---- case fields -------------------------------------------------------------------------

  @ResolveField(() => GroupObject, { nullable: true })
  async group(@Parent() c: CaseView, @Context() ctx: GraphqlContext) {
    const g = c.groupId ? await ctx.loaders.groupById.load(c.groupId) : null;
    return g ? toGroup(g) : null;
  }

  @ResolveField(() => MemberObject, { nullable: true })
  subject(@Parent() c: CaseView, @Context() ctx: GraphqlContext) {
    return member(ctx.loaders, c.subjectId);
  }

  @ResolveField(() => MemberObject, { nullable: true })
  claimedBy(@Parent() c: CaseView, @Context() ctx: GraphqlContext) {
    return member(ctx.loaders, c.claimedById);
  }

  @ResolveField(() => ContentSnapshotObject, { nullable: true })
  current(@Parent() c: CaseView) {
    return this.service.current(c);
  }

  @ResolveField(() => [CaseReportObject])
  async reports(@Parent() c: CaseView, @Context() ctx: GraphqlContext) {
    const rows = await this.service.reports(c);
    return Promise.all(rows.map(async ({ reporterId, ...r }) => ({ ...r, reporter: await member(ctx.loaders, reporterId) })));
  }

  @ResolveField(() => [AuditEntryObject])
  async history(@Parent() c: CaseView, @Context() ctx: GraphqlContext) {
    const rows = await this.audits.forTarget(c.targetType, c.targetId, c.id);
    return Promise.all(rows.map((r) => toAuditEntry(r, ctx.loaders)));
  }
}

/** A group's safety: approval of new members' first posts, watched words, and removing a member. */
@Resolver(() => GroupObject)
export class GroupSafetyResolver {
  constructor(
    private readonly words: WatchedWordsService,
    private readonly moderation: ModerationService,
  ) {}

  @ResolveField(() => [WatchedWordObject], { description: 'Group moderators only.' })
  watchedWords(@Parent() group: GroupObject, @CurrentUser() viewer: AuthUser | null) {
    return this.words.list(viewer, group.id);
  }

  @Auth()
  @Mutation(() => GroupObject)
  async setGroupApproveNewMembers(
    @CurrentUser() viewer: AuthUser,
    @Args('groupId', { type: () => ID }, uuid) groupId: string,
    @Args('enabled') enabled: boolean,
    @Context() ctx: GraphqlContext,
  ) {
    await this.words.setApproveNewMembers(viewer, groupId, enabled);
    ctx.loaders.groupById.clear(groupId);
    return toGroup((await ctx.loaders.groupById.load(groupId))!);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Group moderators: remove a member (audited); they leave the chat at once.' })
  async removeGroupMember(
    @CurrentUser() viewer: AuthUser,
    @Args('groupId', { type: () => ID }, uuid) groupId: string,
    @Args('userId', { type: () => ID }, uuid) userId: string,
    @Args('input') input: ReasonInput,
  ) {
    await this.moderation.act(viewer, { action: 'remove_member', target: { type: 'member', id: userId }, groupId, reason: input.reason, opensCase: false });
    return true;
  }

  @Auth()
  @Mutation(() => WatchedWordObject)
  addWatchedWord(@CurrentUser() viewer: AuthUser, @Args('input') input: WatchedWordInput) {
    return this.words.add(viewer, input);
  }

  @Auth()
  @Mutation(() => Boolean)
  removeWatchedWord(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.words.remove(viewer, id);
  }
}
