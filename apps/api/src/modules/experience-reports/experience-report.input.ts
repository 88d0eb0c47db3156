import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { Adherence, Burden, CostBand, Effectiveness, SideEffectSeverity } from '@kindred/contracts';
import { AdherenceEnum, BurdenEnum, CostBandEnum, EffectivenessEnum, SeverityEnum } from './experience-report.object';
import { IdempotencyKeyField } from '../../common/idempotency/idempotency';

@InputType()
export class SideEffectInput {
  @Field()
  @IsString()
  @MinLength(2, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.sideEffectNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field(() => SeverityEnum)
  @IsEnum(SeverityEnum, { context: { code: 'INVALID_VALUE' } })
  severity!: SideEffectSeverity;
}

@InputType()
export class ReportAnswersInput {
  @Field(() => EffectivenessEnum)
  @IsEnum(EffectivenessEnum, { context: { code: 'INVALID_VALUE' } })
  effectiveness!: Effectiveness;

  @Field(() => [SideEffectInput], { description: `At most ${LIMITS.sideEffectsMax}.` })
  @ArrayMaxSize(LIMITS.sideEffectsMax, { context: { code: 'TOO_LONG' } })
  @ValidateNested({ each: true })
  @Type(() => SideEffectInput)
  sideEffects!: SideEffectInput[];

  @Field(() => AdherenceEnum)
  @IsEnum(AdherenceEnum, { context: { code: 'INVALID_VALUE' } })
  adherence!: Adherence;

  @Field(() => BurdenEnum)
  @IsEnum(BurdenEnum, { context: { code: 'INVALID_VALUE' } })
  burden!: Burden;

  @Field(() => CostBandEnum)
  @IsEnum(CostBandEnum, { context: { code: 'INVALID_VALUE' } })
  costBand!: CostBand;

  @Field(() => Int, { description: `Weeks of use, 0-${LIMITS.durationWeeksMax}.` })
  @IsInt({ context: { code: 'INVALID_VALUE' } })
  @Min(0, { message: 'Weeks of use cannot be negative.', context: { code: 'OUT_OF_RANGE' } })
  @Max(LIMITS.durationWeeksMax, { message: `At most ${LIMITS.durationWeeksMax} weeks (50 years).`, context: { code: 'OUT_OF_RANGE' } })
  durationWeeks!: number;

  @Field()
  @IsBoolean()
  stillUsing!: boolean;

  @Field({ defaultValue: '', description: `Markdown, at most ${LIMITS.tipsMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.tipsMax, { context: { code: 'TOO_LONG' } })
  tips!: string;
}

@InputType()
export class FileExperienceReportInput extends ReportAnswersInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;

  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  interventionId!: string;

  @Field(() => ID, { nullable: true, description: 'Attach it to this thread as it is filed.' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  threadId?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
