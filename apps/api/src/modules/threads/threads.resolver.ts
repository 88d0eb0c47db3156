import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { text, uuid } from '../../common/validation/args';
import { GroupObject } from '../groups/group.object';
import { toGroup } from '../groups/groups.service';
import { MemberObject } from '../users/user.object';
import { ReplyConnection, ThreadConnection } from './thread.connections';
import { PreviewInput, ReasonInput, RepliesArgs, REPLIES_AFTER_MAX, ReplyInput, StartThreadInput, ThreadContentInput, ThreadsArgs } from './thread.input';
import { HelpfulStateObject, HelpfulTargetEnum, ReplyObject, RevisionObject, TagObject, ThreadObject } from './thread.object';
import { RepliesService, replyPageArgs } from './replies.service';
import { connectionItemFields, selectedFieldArgs, selectedItemFields } from '../../common/graphql/lookahead';
import { ThreadsService } from './threads.service';

/**
 * The reply page a thread query selects (validated as the `replies` field validates it), if it
 * selects one, with the reply fields it asks for.
 */
function repliesAsked(info: GraphQLResolveInfo): { first: number; after: string | null; afterPath: string | null; fields: ReadonlySet<string> | null } | undefined {
  const args = selectedFieldArgs(info, 'replies');
  if (!args) return undefined;
  const { first, after } = args as { first?: unknown; after?: unknown };
  if ((first !== undefined && first !== null && typeof first !== 'number') || (after !== undefined && after !== null && (typeof after !== 'string' || after.length > REPLIES_AFTER_MAX))) {
    return undefined;
  }
  try {
    return { ...replyPageArgs({ first, after }), fields: selectedItemFields(info, 'replies') };
  } catch {
    return undefined; // the replies field reports it
  }
}

@Resolver(() => ThreadObject)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly replyService: RepliesService,
  ) {}

  @Query(() => [TagObject], { description: 'The tags threads may carry.' })
  tags() {
    return this.service.tags();
  }

  @Query(() => String, {
    description: 'Renders Markdown exactly as a post would be shown (for the composer preview).',
  })
  previewMarkdown(@Args('input') input: PreviewInput) {
    return renderMarkdown(input.body);
  }

  @Query(() => ThreadConnection, { description: 'A group’s threads; private groups only for members.' })
  threads(@CurrentUser() viewer: AuthUser | null, @Args() args: ThreadsArgs, @Context() ctx: GraphqlContext) {
    return this.service.list(viewer, args, ctx.loaders);
  }

  @Query(() => ThreadObject)
  thread(
    @CurrentUser() viewer: AuthUser | null,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The thread page asks for the thread and a page of its replies: read them in one statement.
    return this.service.thread(viewer, id, ctx.loaders, repliesAsked(info));
  }

  @ResolveField(() => GroupObject)
  async group(@Parent() thread: ThreadObject, @Context() ctx: GraphqlContext) {
    return toGroup((await ctx.loaders.groupById.load(thread.groupId))!);
  }

  @ResolveField(() => ReplyConnection, { description: 'Replies in tree order, a page at a time.' })
  replies(
    @Parent() thread: ThreadObject,
    @CurrentUser() viewer: AuthUser | null,
    @Args() args: RepliesArgs,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.replyService.page(viewer, thread, args, ctx.loaders, connectionItemFields(info.fieldNodes, info.fragments));
  }

  @ResolveField(() => Boolean)
  viewerMarkedHelpful(@Parent() thread: ThreadObject, @Context() ctx: GraphqlContext) {
    return ctx.loaders.viewerHelpful.load(`thread:${thread.id}`);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Where the viewer has read this thread up to: when they last opened it, marked its group read or joined the group, whichever is latest.',
  })
  async viewerLastReadAt(@Parent() thread: ThreadObject, @Context() ctx: GraphqlContext) {
    return (await ctx.loaders.viewerThreadState.load(thread.id)).lastReadAt;
  }

  @ResolveField(() => Boolean, { description: 'The viewer follows this thread (told of its replies).' })
  async viewerFollows(@Parent() thread: ThreadObject, @Context() ctx: GraphqlContext) {
    return (await ctx.loaders.viewerThreadState.load(thread.id)).follows;
  }

  @ResolveField(() => Boolean, { description: 'The viewer saved this thread for later (the Saved page).' })
  async viewerSaved(@Parent() thread: ThreadObject, @Context() ctx: GraphqlContext) {
    return (await ctx.loaders.viewerThreadState.load(thread.id)).saved.has(thread.id);
  }

  @ResolveField(() => [RevisionObject], { description: 'Earlier versions, newest first.' })
  revisions(@Parent() thread: ThreadObject, @CurrentUser() viewer: AuthUser | null) {
    return this.service.revisions(viewer, thread.id);
  }

  @Auth()
  @Mutation(() => ThreadObject)
  startThread(@CurrentUser() viewer: AuthUser, @Args('input') input: StartThreadInput, @Context() ctx: GraphqlContext) {
    return this.service.start(viewer, input, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ThreadObject, { description: 'The author edits; the old version is kept.' })
  editThread(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('input') input: ThreadContentInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.service.edit(viewer, id, input, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ThreadObject, { description: 'The author deletes: the thread stays, its text goes.' })
  deleteThread(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string, @Context() ctx: GraphqlContext) {
    return this.service.remove(viewer, id, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ThreadObject, { description: 'Group moderators lock or unlock a thread.' })
  setThreadLocked(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('locked') locked: boolean,
    @Args('input') input: ReasonInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.service.setLocked(viewer, id, locked, input.reason, ctx.loaders);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Remember that the viewer has read the thread up to now.' })
  markThreadRead(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.markRead(viewer, id);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Mark everything in a group read, as of now. Returns true.' })
  markGroupRead(@CurrentUser() viewer: AuthUser, @Args('groupId', { type: () => ID }, uuid) groupId: string) {
    return this.service.markGroupRead(viewer, groupId);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Follow a thread to be told of its replies (false to stop). Returns the new state.' })
  followThread(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string, @Args('follow') follow: boolean) {
    return this.service.follow(viewer, id, follow);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Save a thread or reply for later (false to forget it). Returns the new state.' })
  savePost(
    @CurrentUser() viewer: AuthUser,
    @Args('target', { type: () => HelpfulTargetEnum }) target: 'thread' | 'reply',
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('saved') saved: boolean,
  ) {
    return this.service.save(viewer, target, id, saved);
  }

  @Auth()
  @Mutation(() => MemberObject, { description: 'Moderators: reveal an anonymous author. Written to the audit log.' })
  revealAnonymousAuthor(
    @CurrentUser() viewer: AuthUser,
    @Args('target', { type: () => HelpfulTargetEnum }) target: 'thread' | 'reply',
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('input') input: ReasonInput,
  ) {
    return this.service.revealAuthor(viewer, target, id, input.reason);
  }
}

@Resolver(() => ReplyObject)
export class RepliesResolver {
  constructor(private readonly service: RepliesService) {}

  @ResolveField(() => [RevisionObject], { description: 'Earlier versions, newest first.' })
  revisions(@Parent() reply: ReplyObject, @Context() ctx: GraphqlContext) {
    return this.service.revisions(reply, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ReplyObject, { description: 'Answer a thread, or a reply in it.' })
  reply(@CurrentUser() viewer: AuthUser, @Args('input') input: ReplyInput, @Context() ctx: GraphqlContext) {
    return this.service.reply(viewer, input, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ReplyObject)
  editReply(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('body', text(LIMITS.replyBodyMax)) body: string,
    @Context() ctx: GraphqlContext,
  ) {
    return this.service.edit(viewer, id, body, ctx.loaders);
  }

  @Auth()
  @Mutation(() => ReplyObject)
  deleteReply(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string, @Context() ctx: GraphqlContext) {
    return this.service.remove(viewer, id, ctx.loaders);
  }

  @Auth()
  @Mutation(() => HelpfulStateObject, { description: 'Mark a thread or reply as helpful (once).' })
  markHelpful(
    @CurrentUser() viewer: AuthUser,
    @Args('target', { type: () => HelpfulTargetEnum }) target: 'thread' | 'reply',
    @Args('id', { type: () => ID }, uuid) id: string,
  ) {
    return this.service.setHelpful(viewer, target, id, true);
  }

  @Auth()
  @Mutation(() => HelpfulStateObject, { description: 'Take back a helpful mark.' })
  unmarkHelpful(
    @CurrentUser() viewer: AuthUser,
    @Args('target', { type: () => HelpfulTargetEnum }) target: 'thread' | 'reply',
    @Args('id', { type: () => ID }, uuid) id: string,
  ) {
    return this.service.setHelpful(viewer, target, id, false);
  }

  @Auth()
  @Mutation(() => ReplyObject, { description: 'The asker of a question marks a reply that helped them.' })
  setReplyHelpedAsker(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('helped') helped: boolean,
    @Context() ctx: GraphqlContext,
  ) {
    return this.service.setHelpedAsker(viewer, id, helped, ctx.loaders);
  }
}
