import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { pageArgs, PageInfo } from '../../common/graphql/pagination';
import { ExperienceReportObject } from '../experience-reports/experience-report.object';
import { GroupObject } from '../groups/group.object';
import { ReplyObject, ThreadObject } from '../threads/thread.object';
import type { HomeThreadFilter } from './home.repository';

export enum HomeThreadFilterEnum {
  all = 'all',
  following = 'following',
}
registerEnumType(HomeThreadFilterEnum, {
  name: 'HomeThreadFilter',
  description: '`all`: threads in your groups; `following`: threads you follow, wherever they are.',
});

/** Page arguments of the home lists (their own maximum: each item carries counts). */
@ArgsType()
export class HomePageArgs extends pageArgs({ max: LIMITS.homePageMax, fallback: LIMITS.homePageDefault }) {}

@ArgsType()
export class HomeThreadsArgs extends HomePageArgs {
  @Field(() => HomeThreadFilterEnum, { defaultValue: HomeThreadFilterEnum.all })
  @IsEnum(HomeThreadFilterEnum)
  filter!: HomeThreadFilter;
}

@ObjectType('HomeThread', { description: 'A thread on your home page, with what is new in it for you.' })
export class HomeThreadObject {
  @Field(() => ThreadObject)
  thread!: ThreadObject;

  @Field(() => Int, {
    description: `Replies posted since you read the thread (by others, that you may see), counted up to ${LIMITS.homeUnreadCap}.`,
  })
  newReplyCount!: number;

  @Field({ description: 'Started since you last read its group (and not by you).' })
  isNew!: boolean;

  @Field({ description: 'You follow this thread.' })
  viewerFollows!: boolean;

  @Field(() => Date, { nullable: true, description: 'Where you have read it up to (null: nothing read yet).' })
  viewerLastReadAt!: Date | null;
}

@ObjectType('HomeThreadPage')
export class HomeThreadPageObject {
  @Field(() => [HomeThreadObject])
  nodes!: HomeThreadObject[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('HomeGroup', { description: 'One of your groups, with how much in it is new to you.' })
export class HomeGroupObject {
  @Field(() => GroupObject)
  group!: GroupObject;

  @Field(() => Int, { description: `Threads with something new to you, counted up to ${LIMITS.homeUnreadCap}.` })
  unreadCount!: number;
}

@ObjectType('HomeReply', { description: 'A reply to you: to one of your replies, or to a thread you started.' })
export class HomeReplyObject {
  @Field(() => ReplyObject)
  reply!: ReplyObject;

  @Field(() => ID)
  threadId!: string;

  @Field()
  threadTitle!: string;
}

@ObjectType('HomeReplyPage')
export class HomeReplyPageObject {
  @Field(() => [HomeReplyObject])
  nodes!: HomeReplyObject[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('HomeReportPage')
export class HomeReportPageObject {
  @Field(() => [ExperienceReportObject])
  nodes!: ExperienceReportObject[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('SavedPost', { description: 'A thread or reply you saved for later.' })
export class SavedPostObject {
  @Field(() => ID)
  id!: string;

  @Field()
  savedAt!: Date;

  @Field(() => ThreadObject, { description: 'The thread saved, or the thread of the reply saved.' })
  thread!: ThreadObject;

  @Field(() => ReplyObject, { nullable: true, description: 'The reply saved (null when the thread itself was saved).' })
  reply!: ReplyObject | null;
}

@ObjectType('SavedPostPage')
export class SavedPostPageObject {
  @Field(() => [SavedPostObject])
  nodes!: SavedPostObject[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
