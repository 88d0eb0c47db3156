import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ModerationState, ThreadKind } from '@kindred/contracts';
import { ModerationStateEnum } from '../moderation/moderation.object';
import { MemberObject } from '../users/user.object';
import type { ReplyPageRow } from './posts.repository';

export enum ThreadKindEnum {
  question = 'question',
  advice = 'advice',
  story = 'story',
}
registerEnumType(ThreadKindEnum, { name: 'ThreadKind' });

export enum ThreadSortEnum {
  latest_activity = 'latest_activity',
  newest = 'newest',
  most_helpful = 'most_helpful',
}
registerEnumType(ThreadSortEnum, { name: 'ThreadSort' });

export enum HelpfulTargetEnum {
  thread = 'thread',
  reply = 'reply',
}
registerEnumType(HelpfulTargetEnum, { name: 'HelpfulTarget' });

/** Fields a thread and a reply share. Author fields never reveal an anonymous author. */
@ObjectType({ isAbstract: true })
export abstract class PostFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Markdown source ("" once deleted).' })
  body!: string;

  @Field({ description: 'Rendered from the safe Markdown subset; safe to insert as HTML.' })
  bodyHtml!: string;

  @Field(() => MemberObject, { nullable: true, description: 'Null when anonymous, deleted, or the author left.' })
  author!: MemberObject | null;

  @Field({ description: 'What to show as the author: a handle, "anonymous member" or "former member".' })
  authorLabel!: string;

  @Field()
  isAnonymous!: boolean;

  @Field({ description: 'Whether the viewer wrote this (shown only to its author).' })
  viewerIsAuthor!: boolean;

  @Field()
  isDeleted!: boolean;

  @Field({ description: 'Withheld from the viewer (text and author): one of them blocked the other, or moderators hid it.' })
  isHidden!: boolean;

  @Field(() => Int)
  helpfulCount!: number;

  @Field(() => ModerationStateEnum, { description: 'Only visible posts reach members; the author and moderators see the others, flagged.' })
  moderationState!: ModerationState;

  @Field(() => String, { nullable: true, description: 'Why it is not visible (for its author and moderators only).' })
  moderationReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  /** Not in the schema. */
  authorId!: string | null;
}

@ObjectType('Thread')
export class ThreadObject extends PostFields {
  @Field(() => ThreadKindEnum)
  kind!: ThreadKind;

  @Field()
  title!: string;

  @Field(() => [String])
  tags!: string[];

  @Field()
  isLocked!: boolean;

  @Field(() => Int)
  replyCount!: number;

  @Field()
  lastActivityAt!: Date;

  /** Not in the schema. */
  groupId!: string;

  /** Not in the schema: the reply page read with the thread (ThreadsService.thread), for RepliesService.page. */
  prefetchedReplies?: { first: number; after: string | null; rows: ReplyPageRow[] };
}

@ObjectType('Reply')
export class ReplyObject extends PostFields {
  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: '0 for a reply to the thread, 1 for a reply to that, and so on.' })
  depth!: number;

  @Field({ description: 'The asker of a question marked this reply as one that helped them.' })
  helpedAsker!: boolean;

  @Field({ description: 'Posted since the viewer last read the thread.' })
  isNew!: boolean;

  // Filled in by the mapper (one batched lookup per page), not by a resolver per reply.
  @Field()
  viewerMarkedHelpful!: boolean;

  @Field({ description: 'The viewer saved this reply for later (the Saved page).' })
  viewerSaved!: boolean;

  /** Not in the schema. */
  threadId!: string;
  path!: string;
}

@ObjectType('Revision')
export class RevisionObject {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  body!: string;

  @Field(() => [String], { nullable: true })
  tags!: string[] | null;

  @Field({ description: 'When this version was replaced.' })
  replacedAt!: Date;
}

@ObjectType('Tag')
export class TagObject {
  @Field()
  slug!: string;

  @Field()
  label!: string;
}

@ObjectType('HelpfulState')
export class HelpfulStateObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  helpfulCount!: number;

  @Field()
  viewerMarkedHelpful!: boolean;
}
