import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { ModerationState } from '@kindred/contracts';
import { ModerationStateEnum } from '../moderation/moderation.object';
import { MemberObject } from '../users/user.object';

@ObjectType('ChatMessage', { description: 'A message in a group’s chat room.' })
export class ChatMessageObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => Int, { description: '1, 2, 3… per room, with no gaps.' })
  seq!: number;

  @Field({ description: 'The id the sender chose for this message (retries reuse it).' })
  clientId!: string;

  @Field(() => MemberObject, { nullable: true, description: 'null once the author’s account is gone.' })
  author!: MemberObject | null;

  @Field()
  authorLabel!: string;

  @Field(() => String, { nullable: true, description: 'Plain text; null once deleted.' })
  body!: string | null;

  @Field()
  isDeleted!: boolean;

  @Field()
  deletedByModerator!: boolean;

  @Field(() => ModerationStateEnum)
  moderationState!: ModerationState;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  /** Not in the schema. */
  authorId!: string | null;
}

@ObjectType('ChatMessagePage')
export class ChatMessagePageObject {
  @Field(() => [ChatMessageObject], { description: 'Oldest first.' })
  messages!: ChatMessageObject[];

  @Field({ description: 'Older messages remain: ask again with beforeSeq = the first seq here.' })
  hasMore!: boolean;
}

@ObjectType('ChatMute')
export class ChatMuteObject {
  @Field(() => ID, { description: 'Names this mute (to end it early with unmuteChatMember).' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the mute was of the author of an anonymous post: moderators act on them without learning who they are.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for the author of an anonymous post (see `label`).' })
  handle!: string | null;

  @Field({ description: 'Who is muted, as moderators may see it: a handle, or "author of an anonymous post".' })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'The moderation case the mute came from, if any.' })
  caseId!: string | null;

  @Field()
  until!: Date;

  @Field()
  reason!: string;
}

@ArgsType()
export class ChatHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => Int, { nullable: true, description: 'Messages before this seq; omit for the latest.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  beforeSeq?: number;

  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.chatHistoryPageMax}; ${LIMITS.chatHistoryPageDefault} by default.` })
  @IsOptional()
  @IsInt()
  first?: number;
}

@InputType()
export class MuteInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Int, { description: `1 to ${LIMITS.chatMuteMinutesMax} minutes.` })
  @IsInt()
  @Min(1, { message: `A mute lasts from 1 minute to ${LIMITS.chatMuteMinutesMax / 1440} days.`, context: { code: 'OUT_OF_RANGE' } })
  @Max(LIMITS.chatMuteMinutesMax, { message: `A mute lasts from 1 minute to ${LIMITS.chatMuteMinutesMax / 1440} days.`, context: { code: 'OUT_OF_RANGE' } })
  minutes!: number;

  @Field({ description: 'Told to the member and written to the audit log.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.auditReasonMax)
  reason!: string;
}

@InputType()
export class UnmuteInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => ID, { nullable: true, description: 'The muted member; or give muteId (a mute of an anonymous author has no user id).' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'The mute, from chatMutes.' })
  @IsOptional()
  @IsUUID()
  muteId?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.auditReasonMax)
  reason!: string;
}

