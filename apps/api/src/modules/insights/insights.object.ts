import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InsightCell', { description: 'A published count: rounded, or suppressed (then value is null).' })
export class InsightCellObject {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;

  @Field({ description: 'How to show it, e.g. "25" or "fewer than 8".' })
  display!: string;
}

@ObjectType('InsightShare')
export class InsightShareObject {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => InsightCellObject)
  count!: InsightCellObject;

  @Field(() => Float, { nullable: true, description: 'Percent of the published total, from rounded counts; null when hidden.' })
  percent!: number | null;
}

@ObjectType('SideEffectInsight')
export class SideEffectInsightObject {
  @Field({ description: 'As members named it (only names reported by enough members appear).' })
  name!: string;

  @Field(() => InsightCellObject)
  members!: InsightCellObject;

  @Field(() => Float, { nullable: true })
  percent!: number | null;

  @Field(() => [InsightShareObject])
  severity!: InsightShareObject[];
}

@ObjectType('InsightIntervention')
export class InsightInterventionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;
}

@ObjectType('InterventionInsight')
export class InterventionInsightObject {
  @Field(() => InsightInterventionObject)
  intervention!: InsightInterventionObject;

  @Field(() => InsightCellObject, { description: 'Reporting members (each member’s latest report counts once).' })
  members!: InsightCellObject;

  @Field(() => [InsightShareObject])
  effectiveness!: InsightShareObject[];

  @Field(() => [InsightShareObject])
  adherence!: InsightShareObject[];

  @Field(() => [InsightShareObject])
  burden!: InsightShareObject[];

  @Field(() => [InsightShareObject])
  durationBands!: InsightShareObject[];

  @Field(() => String, { nullable: true, description: 'The band of weeks holding the median duration of use.' })
  medianDuration!: string | null;

  @Field(() => [SideEffectInsightObject])
  sideEffects!: SideEffectInsightObject[];
}

@ObjectType('ActivityWeek')
export class ActivityWeekObject {
  @Field({ description: 'Monday of the week (UTC), YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => InsightCellObject)
  threads!: InsightCellObject;

  @Field(() => InsightCellObject)
  replies!: InsightCellObject;

  @Field(() => InsightCellObject)
  reports!: InsightCellObject;
}

@ObjectType('InsightTrend')
export class InsightTrendObject {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => InsightCellObject)
  current!: InsightCellObject;

  @Field(() => InsightCellObject, { description: 'The same length of time just before.' })
  previous!: InsightCellObject;

  @Field(() => Int, { nullable: true, description: 'current − previous, when both are shown.' })
  change!: number | null;
}

@ObjectType('InsightCondition')
export class InsightConditionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;
}

@ObjectType('ConditionInsights', { description: 'Aggregates only; every number has passed disclosure control.' })
export class ConditionInsightsObject {
  @Field(() => InsightConditionObject)
  condition!: InsightConditionObject;

  @Field({ description: 'Start of the first whole week (Monday, UTC).' })
  from!: Date;

  @Field({ description: 'The Monday after the last week (exclusive).' })
  to!: Date;

  @Field(() => Int)
  weeks!: number;

  @Field(() => Int, { description: 'Counts below this are suppressed.' })
  threshold!: number;

  @Field(() => Int, { description: 'Other counts are rounded to a multiple of this.' })
  roundingBase!: number;

  @Field()
  computedAt!: Date;

  @Field(() => [InterventionInsightObject])
  interventions!: InterventionInsightObject[];

  @Field(() => [ActivityWeekObject])
  activity!: ActivityWeekObject[];

  @Field(() => [InsightTrendObject])
  topTags!: InsightTrendObject[];

  @Field(() => [InsightTrendObject])
  topInterventions!: InsightTrendObject[];
}
