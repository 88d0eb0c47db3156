import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { ChatMessage } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import { text, uuid } from '../../common/validation/args';
import { toMember } from '../users/user.mapper';
import { MemberObject } from '../users/user.object';
import { ChatGateway } from './chat.gateway';
import { ChatHistoryArgs, ChatMessageObject, ChatMessagePageObject, ChatMuteObject, MuteInput, UnmuteInput } from './chat.object';
import { ChatService } from './chat.service';
import { ModerationService } from '../moderation/moderation.service';

const toObject = (m: ChatMessage): ChatMessageObject => ({
  ...m,
  author: null,
  authorId: m.author?.id ?? null,
  createdAt: new Date(m.createdAt),
  editedAt: m.editedAt ? new Date(m.editedAt) : null,
});

/** Chat over GraphQL: history pages, moderators' mutes and deletions (moderator acts: ModerationService.act). Live traffic is on the socket. */
@Resolver(() => ChatMessageObject)
export class ChatResolver {
  constructor(
    private readonly chat: ChatService,
    private readonly gateway: ChatGateway,
    private readonly moderation: ModerationService,
  ) {}

  @Auth()
  @Query(() => ChatMessagePageObject, { description: 'A page of a group’s chat, before a seq (or the latest), oldest first. Members only.' })
  async chatMessages(@CurrentUser() viewer: AuthUser, @Args() args: ChatHistoryArgs) {
    const page = await this.chat.history(viewer, args.groupId, args.beforeSeq, args.first);
    return { messages: page.messages.map(toObject), hasMore: page.hasMore };
  }

  @Auth()
  @Query(() => [ChatMuteObject], { description: 'Group moderators: who is muted in the chat, until when and why.' })
  chatMutes(@CurrentUser() viewer: AuthUser, @Args('groupId', { type: () => ID }, uuid) groupId: string) {
    return this.chat.mutes(viewer, groupId);
  }

  @Auth()
  @Mutation(() => ChatMuteObject, { description: 'Group moderators: mute a member in the chat for a period (audited).' })
  async muteChatMember(@CurrentUser() viewer: AuthUser, @Args('input') input: MuteInput) {
    await this.moderation.act(viewer, {
      action: 'mute',
      target: { type: 'member', id: input.userId },
      groupId: input.groupId,
      minutes: input.minutes,
      reason: input.reason,
      opensCase: false,
    });
    return (await this.chat.mutes(viewer, input.groupId)).find((m) => m.userId === input.userId);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Group moderators: end a mute early (audited). false when there was none.' })
  async unmuteChatMember(@CurrentUser() viewer: AuthUser, @Args('input') input: UnmuteInput) {
    const ended = await this.moderation.act(viewer, {
      action: 'unmute',
      target: input.userId ? { type: 'member', id: input.userId } : null,
      muteId: input.muteId ?? null,
      groupId: input.groupId,
      reason: input.reason,
      opensCase: false,
    });
    return ended.done;
  }

  @Auth()
  @Mutation(() => ChatMessageObject, {
    description: 'The author deletes their message; a group moderator deletes anyone’s, with a reason (audited).',
  })
  async deleteChatMessage(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('reason', { type: () => String, nullable: true }, text(LIMITS.auditReasonMax)) reason: string | null,
  ) {
    const message = await this.chat.remove(viewer, id, reason ?? undefined);
    this.gateway.publishUpdate(message);
    return toObject(message);
  }

  @ResolveField(() => MemberObject, { nullable: true })
  async author(@Parent() m: ChatMessageObject, @Context() ctx: GraphqlContext) {
    if (!m.authorId) return null;
    const user = await ctx.loaders.userById.load(m.authorId);
    return user ? toMember(user) : null;
  }
}
