import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConditionObject } from '../conditions/condition.object';

export type GuideSourceType = 'thread' | 'reply';

export enum GuideSourceTypeEnum {
  thread = 'thread',
  reply = 'reply',
}
registerEnumType(GuideSourceTypeEnum, { name: 'GuideSourceType', description: 'What a guide entry quotes: a thread or a reply.' });

/** The post a guide entry quotes, as the viewer may see it. It never names an anonymous author. */
@ObjectType('GuideSource')
export class GuideSourceObject {
  @Field(() => GuideSourceTypeEnum)
  type!: GuideSourceType;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field()
  threadTitle!: string;

  @Field({ description: 'The start of the post as plain text ("" while it is unavailable or its author is hidden from you).' })
  excerpt!: string;

  @Field({ description: '"anonymous member" for anonymous posts; never the member behind them.' })
  authorLabel!: string;

  @Field(() => Int)
  helpfulCount!: number;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Where to read it: /threads/<threadId>, or /threads/<threadId>#reply-<replyId>.' })
  url!: string;

  @Field()
  groupName!: string;
}

@ObjectType('GuideEntry')
export class GuideEntryObject {
  @Field(() => ID)
  id!: string;

  @Field()
  heading!: string;

  @Field(() => Int, { description: 'Place within its section, from 0.' })
  position!: number;

  @Field({ description: 'The moderator’s summary of the advice.' })
  summary!: string;

  @Field()
  curatedAt!: Date;

  @Field()
  curatedByLabel!: string;

  @Field(() => GuideSourceObject, { nullable: true, description: 'null only when the post no longer exists (editors alone see such entries).' })
  source!: GuideSourceObject | null;

  @Field({
    description:
      'false when the post was deleted, hidden or removed, or its group became private. Only the guide’s editors see such entries, so they can take them out.',
  })
  sourceAvailable!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the post is unavailable (editors only).' })
  unavailableReason!: string | null;
}

@ObjectType('GuideSection')
export class GuideSectionObject {
  @Field()
  heading!: string;

  @Field(() => [GuideEntryObject], { description: 'In order.' })
  entries!: GuideEntryObject[];
}

@ObjectType('GuideVersion')
export class GuideVersionObject {
  @Field(() => Int)
  version!: number;

  @Field()
  editorLabel!: string;

  @Field()
  note!: string;

  @Field()
  createdAt!: Date;
}

/** A condition's guide: curated advice under headings, with the condition's what-works aggregates. */
@ObjectType('Guide')
export class GuideObject {
  @Field(() => ConditionObject)
  condition!: ConditionObject;

  @Field({ description: 'Markdown source.' })
  intro!: string;

  @Field({ description: 'The intro rendered from the safe Markdown subset.' })
  introHtml!: string;

  @Field(() => Int, { description: 'Goes up by one with every edit; 0 for a guide no one has edited yet.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  lastReviewedAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastReviewedByLabel!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last edited (null before the first edit).' })
  updatedAt!: Date | null;

  @Field(() => [GuideSectionObject], { description: 'Sections in order, each with its entries in order.' })
  sections!: GuideSectionObject[];

  @Field({ description: 'Whether the viewer may edit this guide (site moderators, and moderators of a group for the condition).' })
  viewerCanEdit!: boolean;
}
