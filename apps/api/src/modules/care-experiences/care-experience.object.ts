import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ModerationState } from '@kindred/contracts';
import { ConnectionType } from '../../common/graphql/pagination';
import { InsightCellObject } from '../insights/insights.object';

@ObjectType('CareServiceKind', { description: 'A kind of service from the catalogue (never a named practice or clinician).' })
export class CareServiceKindObject {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  family!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'Slugs of the conditions it mostly serves; empty: any condition.' })
  conditionSlugs!: string[];
}

@ObjectType('CareArea', { description: 'A coarse area: an NHS integrated care board or health board (GSS code).' })
export class CareAreaObject {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'icb or health-board.' })
  kind!: string;

  @Field()
  nation!: string;

  @Field()
  region!: string;
}

@ObjectType('CareOrganisation', { description: 'An organisation that runs a service in an area.' })
export class CareOrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CareServiceKindObject)
  serviceKind!: CareServiceKindObject;

  @Field(() => CareAreaObject)
  area!: CareAreaObject;

  @Field({ description: 'pending, verified or declined. Only verified organisations can respond.' })
  status!: string;

  @Field()
  website!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The signed-in member answers for this organisation.' })
  viewerIsMember!: boolean;

  @Field(() => String, { nullable: true, description: 'Admins reviewing an application: who applied. Null for everyone else.' })
  appliedByHandle!: string | null;
}

@ObjectType('CareResponse', { description: 'A service’s public answer to a story. It names the organisation, never the person who wrote it.' })
export class CareResponseObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CareOrganisationObject)
  organisation!: CareOrganisationObject;

  @Field()
  body!: string;

  @Field({ description: '"We changed something".' })
  changedSomething!: boolean;

  @Field()
  whatChanged!: string;

  @Field()
  moderationState!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('CareExperience', { description: 'A member’s story of how a service treated them.' })
export class CareExperienceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CareServiceKindObject)
  serviceKind!: CareServiceKindObject;

  @Field(() => CareAreaObject)
  area!: CareAreaObject;

  @Field(() => String, { nullable: true })
  conditionSlug!: string | null;

  @Field(() => String, { nullable: true })
  conditionName!: string | null;

  @Field({ description: 'The month it happened, YYYY-MM.' })
  occurredOn!: string;

  @Field()
  whatWasGood!: string;

  @Field()
  couldBeBetter!: string;

  @Field(() => Int, { description: 'Getting seen, 1–5.' })
  ratingSeen!: number;

  @Field(() => Int, { description: 'Being listened to, 1–5.' })
  ratingListened!: number;

  @Field(() => Int, { description: 'Involvement in decisions, 1–5.' })
  ratingInvolved!: number;

  @Field()
  anonymous!: boolean;

  @Field({ description: 'The author’s handle, "anonymous member" or "former member".' })
  authorLabel!: string;

  @Field(() => String, { nullable: true, description: 'The author’s handle; null when anonymous or the account is gone.' })
  authorHandle!: string | null;

  @Field()
  viewerIsAuthor!: boolean;

  @Field(() => String, { description: 'visible, pending, hidden or removed.' })
  moderationState!: ModerationState;

  @Field()
  createdAt!: Date;

  @Field(() => [CareResponseObject], { description: 'Responses from services, oldest first.' })
  responses!: CareResponseObject[];

  @Field(() => [CareOrganisationObject], { description: 'The viewer’s verified organisations that may respond (this kind of service in this area).' })
  viewerCanRespondAs!: CareOrganisationObject[];
}

@ObjectType()
export class CareExperienceConnection extends ConnectionType(CareExperienceObject, 'CareExperience') {}

@ObjectType()
export class CareOrganisationConnection extends ConnectionType(CareOrganisationObject, 'CareOrganisation') {}

@ObjectType('CareRatingShare', { description: 'One rating in one quarter: how many members rated it poor (1–2), middling (3), good (4–5).' })
export class CareRatingShareObject {
  @Field({ description: 'seen, listened or involved.' })
  rating!: string;

  @Field()
  label!: string;

  @Field(() => InsightCellObject)
  total!: InsightCellObject;

  @Field(() => InsightCellObject)
  poor!: InsightCellObject;

  @Field(() => InsightCellObject)
  middling!: InsightCellObject;

  @Field(() => InsightCellObject)
  good!: InsightCellObject;

  @Field(() => Float, { nullable: true, description: 'Good as a percent of the published total, from rounded counts; null when hidden.' })
  goodPercent!: number | null;
}

@ObjectType('CareQuarter')
export class CareQuarterObject {
  @Field({ description: 'First day of the quarter, YYYY-MM-DD.' })
  start!: string;

  @Field({ description: 'e.g. "Jul–Sep 2026".' })
  label!: string;

  @Field(() => [CareRatingShareObject])
  ratings!: CareRatingShareObject[];
}

@ObjectType('CareAreaPage', {
  description:
    'What services hear: aggregates for one kind of service in one area, counting only members who consented to research, every count through disclosure control.',
})
export class CareAreaPageObject {
  @Field(() => CareServiceKindObject)
  serviceKind!: CareServiceKindObject;

  @Field(() => CareAreaObject)
  area!: CareAreaObject;

  @Field(() => InsightCellObject, { description: 'Members’ stories counted (each member’s latest per quarter).' })
  stories!: InsightCellObject;

  @Field(() => InsightCellObject)
  responded!: InsightCellObject;

  @Field(() => InsightCellObject)
  notResponded!: InsightCellObject;

  @Field(() => Float, { nullable: true, description: 'Responded as a percent of stories, from rounded counts; null when hidden.' })
  responseRate!: number | null;

  @Field(() => InsightCellObject, { description: 'Stories whose response says "we changed something".' })
  changed!: InsightCellObject;

  @Field(() => [CareQuarterObject], { description: 'The last quarters, oldest first.' })
  quarters!: CareQuarterObject[];

  @Field(() => Int)
  threshold!: number;

  @Field(() => Int)
  roundingBase!: number;

  @Field({ description: 'Which consent gates the counts.' })
  consentPurpose!: string;
}
