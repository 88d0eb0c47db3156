import type { ModerationState } from '@kindred/contracts';
import { ModerationStateEnum } from '../moderation/moderation.object';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Adherence, Burden, CostBand, Effectiveness, SideEffectSeverity } from '@kindred/contracts';
import { ConditionObject } from '../conditions/condition.object';
import { InterventionObject } from '../interventions/intervention.object';

export enum EffectivenessEnum {
  major = 'major',
  moderate = 'moderate',
  slight = 'slight',
  none = 'none',
  cant_tell = 'cant_tell',
}
registerEnumType(EffectivenessEnum, { name: 'Effectiveness', description: 'How much it helped: major, moderate, slight, none, or can’t tell.' });

export enum SeverityEnum {
  mild = 'mild',
  moderate = 'moderate',
  severe = 'severe',
}
registerEnumType(SeverityEnum, { name: 'SideEffectSeverity' });

export enum AdherenceEnum {
  as_intended = 'as_intended',
  mostly = 'mostly',
  sometimes = 'sometimes',
  rarely = 'rarely',
  stopped = 'stopped',
}
registerEnumType(AdherenceEnum, { name: 'Adherence', description: 'How closely they could stick to it.' });

export enum BurdenEnum {
  none = 'none',
  low = 'low',
  moderate = 'moderate',
  high = 'high',
}
registerEnumType(BurdenEnum, { name: 'Burden', description: 'How much effort or hassle it is.' });

export enum CostBandEnum {
  free = 'free',
  under_10 = 'under_10',
  from_10_to_50 = '10_to_50',
  over_50 = 'over_50',
  unknown = 'unknown',
}
registerEnumType(CostBandEnum, { name: 'CostBand', description: 'Cost to the member per month, in pounds.' });

@ObjectType('SideEffect')
export class SideEffectObject {
  @Field()
  name!: string;

  @Field(() => SeverityEnum)
  severity!: SideEffectSeverity;
}

/** The parts of a report that change over time (and are kept in its history). */
@ObjectType({ isAbstract: true })
export abstract class ReportAnswers {
  @Field(() => EffectivenessEnum)
  effectiveness!: Effectiveness;

  @Field(() => [SideEffectObject])
  sideEffects!: SideEffectObject[];

  @Field(() => AdherenceEnum)
  adherence!: Adherence;

  @Field(() => BurdenEnum)
  burden!: Burden;

  @Field(() => CostBandEnum)
  costBand!: CostBand;

  @Field(() => Int, { description: 'How long they have used it, in weeks.' })
  durationWeeks!: number;

  @Field()
  stillUsing!: boolean;

  @Field()
  tips!: string;

  @Field({ description: 'Tips rendered from the safe Markdown subset.' })
  tipsHtml!: string;
}

@ObjectType('ExperienceReportRevision')
export class ExperienceReportRevisionObject extends ReportAnswers {
  @Field({ description: 'When this version was replaced.' })
  replacedAt!: Date;
}

/** A member's account of one intervention for one condition. It never names its author. */
@ObjectType('ExperienceReport')
export class ExperienceReportObject extends ReportAnswers {
  @Field(() => ID)
  id!: string;

  @Field(() => ConditionObject)
  condition!: ConditionObject;

  @Field(() => InterventionObject)
  intervention!: InterventionObject;

  @Field({ description: 'Whether the viewer filed this report.' })
  viewerIsAuthor!: boolean;

  @Field(() => ModerationStateEnum, { description: 'Reports that are not visible are left out of what-works for everyone.' })
  moderationState!: ModerationState;

  @Field(() => String, { nullable: true, description: 'Why it is not visible (for its author and moderators only).' })
  moderationReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => [ID], { description: 'Threads this report is attached to that the viewer may read.' })
  threadIds!: string[];
}

@ObjectType('EffectivenessCount')
export class EffectivenessCountObject {
  @Field(() => EffectivenessEnum)
  effectiveness!: Effectiveness;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SideEffectCount')
export class SideEffectCountObject {
  @Field()
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('WhatWorksTip')
export class WhatWorksTipObject {
  @Field(() => ID)
  reportId!: string;

  @Field()
  tipsHtml!: string;

  @Field()
  createdAt!: Date;

  @Field(() => [ID])
  threadIds!: string[];
}

@ObjectType('WhatWorksEntry')
export class WhatWorksEntryObject {
  @Field(() => InterventionObject)
  intervention!: InterventionObject;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => [EffectivenessCountObject], { description: 'Every effectiveness level, in order, with its count.' })
  effectiveness!: EffectivenessCountObject[];

  @Field(() => [SideEffectCountObject], { description: 'Most reported side effects first.' })
  topSideEffects!: SideEffectCountObject[];

  @Field(() => [WhatWorksTipObject], { description: 'Latest tips first.' })
  latestTips!: WhatWorksTipObject[];
}

@ObjectType('WhatWorks')
export class WhatWorksObject {
  @Field(() => ConditionObject)
  condition!: ConditionObject;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => [WhatWorksEntryObject], { description: 'Interventions with the most reports first.' })
  entries!: WhatWorksEntryObject[];
}
