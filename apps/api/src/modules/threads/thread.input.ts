import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { ThreadKind, ThreadSort } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';
import { IdempotencyKeyField } from '../../common/idempotency/idempotency';
import { ThreadKindEnum, ThreadSortEnum } from './thread.object';

@InputType()
export class ThreadContentInput {
  @Field({ description: `${LIMITS.threadTitleMin}-${LIMITS.threadTitleMax} characters.` })
  @IsString()
  @MinLength(LIMITS.threadTitleMin, { message: `A title needs at least ${LIMITS.threadTitleMin} characters.`, context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.threadTitleMax, { message: `A title can have at most ${LIMITS.threadTitleMax} characters.`, context: { code: 'TOO_LONG' } })
  title!: string;

  @Field({ description: `Markdown, 1-${LIMITS.threadBodyMax} characters.` })
  @IsString()
  @MinLength(1, { message: 'Write something in the body.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.threadBodyMax, { message: `The body can have at most ${LIMITS.threadBodyMax} characters.`, context: { code: 'TOO_LONG' } })
  body!: string;

  @Field(() => [String], { description: `Up to ${LIMITS.tagsPerThreadMax} tags from the tag list.` })
  @ArrayMaxSize(LIMITS.tagsPerThreadMax, { message: `Use at most ${LIMITS.tagsPerThreadMax} tags.`, context: { code: 'TOO_LONG' } })
  @IsString({ each: true })
  @MaxLength(40, { each: true, context: { code: 'TOO_LONG' } })
  tags!: string[];
}

@InputType()
export class StartThreadInput extends ThreadContentInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  groupId!: string;

  @Field(() => ThreadKindEnum)
  @IsEnum(ThreadKindEnum, { context: { code: 'INVALID_VALUE' } })
  kind!: ThreadKind;

  @Field({ defaultValue: false, description: 'Post as "anonymous member" (groups that allow it).' })
  @IsBoolean()
  anonymous!: boolean;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class ReplyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The reply this answers; omit to answer the thread.' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  parentId?: string;

  @Field({ description: `Markdown, 1-${LIMITS.replyBodyMax} characters.` })
  @IsString()
  @MinLength(1, { message: 'Write something in your reply.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.replyBodyMax, { message: `A reply can have at most ${LIMITS.replyBodyMax} characters.`, context: { code: 'TOO_LONG' } })
  body!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  anonymous!: boolean;
}

@InputType()
export class ReasonInput {
  @Field({ description: `Why (kept in the audit log), 3-${LIMITS.auditReasonMax} characters.` })
  @IsString()
  @MinLength(3, { message: 'Give a reason.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.auditReasonMax, { context: { code: 'TOO_LONG' } })
  reason!: string;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  groupId!: string;

  @Field(() => ThreadSortEnum, { defaultValue: ThreadSortEnum.latest_activity })
  @IsEnum(ThreadSortEnum)
  sort!: ThreadSort;

  @Field(() => ThreadKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadKindEnum)
  kind?: ThreadKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;
}

/** The longest reply-page cursor accepted. */
export const REPLIES_AFTER_MAX = 4000;

@ArgsType()
export class RepliesArgs {
  @Field(() => Int, { nullable: true, description: `Replies per page in tree order (default ${LIMITS.replyPageDefault}, at most ${LIMITS.replyPageMax}).` })
  @IsOptional()
  first?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REPLIES_AFTER_MAX)
  after?: string;
}

@InputType()
export class PreviewInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.threadBodyMax, { context: { code: 'TOO_LONG' } })
  body!: string;
}
