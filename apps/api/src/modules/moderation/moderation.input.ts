import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { isAuditActionFilter, LIMITS } from '@kindred/contracts';
import type { CaseStatus, ModerationAction, ReportReason, ReportTarget, WatchedWordAction } from '@kindred/contracts';
import { pageArgs } from '../../common/graphql/pagination';
import { AUDIT_PAGE } from '../audit/audit-log.service';
import { CaseStatusEnum, ModerationActionEnum, ReportReasonEnum, ReportTargetEnum, WatchedWordActionEnum } from './moderation.object';

const invalid = { context: { code: 'INVALID_VALUE' } };

@InputType()
export class ReportInput {
  @Field(() => ReportTargetEnum)
  @IsEnum(ReportTargetEnum, invalid)
  targetType!: ReportTarget;

  @Field(() => ID)
  @IsUUID('all', invalid)
  targetId!: string;

  @Field(() => ReportReasonEnum)
  @IsEnum(ReportReasonEnum, invalid)
  reason!: ReportReason;

  @Field({ defaultValue: '', description: `What moderators should know, up to ${LIMITS.reportNoteMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.reportNoteMax, { message: `A note can have at most ${LIMITS.reportNoteMax} characters.`, context: { code: 'TOO_LONG' } })
  note!: string;
}

@InputType()
export class ModerationActionInput {
  @Field(() => ID, { nullable: true, description: 'The case to act on; or give targetType and targetId.' })
  @IsOptional()
  @IsUUID('all', invalid)
  caseId?: string;

  @Field(() => ReportTargetEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ReportTargetEnum, invalid)
  targetType?: ReportTarget;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  targetId?: string;

  @Field(() => ModerationActionEnum)
  @IsEnum(ModerationActionEnum, invalid)
  action!: ModerationAction;

  @Field({ description: `Why; the author is told. ${LIMITS.moderationReasonMin}-${LIMITS.moderationReasonMax} characters.` })
  @IsString()
  @MinLength(LIMITS.moderationReasonMin, { message: 'Give a reason: the author is told what happened and why.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.moderationReasonMax, { context: { code: 'TOO_LONG' } })
  reason!: string;

  @Field(() => Int, { nullable: true, description: `For mute and suspend: how long, 1-${LIMITS.moderationDurationHoursMax} hours.` })
  @IsOptional()
  @IsInt({ context: { code: 'OUT_OF_RANGE' } })
  @Min(1, { message: 'At least 1 hour.', context: { code: 'OUT_OF_RANGE' } })
  @Max(LIMITS.moderationDurationHoursMax, { message: 'At most a year.', context: { code: 'OUT_OF_RANGE' } })
  durationHours?: number;

  @Field(() => ID, { nullable: true, description: 'For muting a reported member: in which group.' })
  @IsOptional()
  @IsUUID('all', invalid)
  groupId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Your judgement: does the text signal a risk of self-harm or suicide? Where it differs from the automatic crisis check, ' +
      'the text (no author, no ids) is kept as a labelled example to improve the check.',
  })
  @IsOptional()
  @IsBoolean({ context: { code: 'INVALID_VALUE' } })
  crisis?: boolean;
}

@ArgsType()
export class ModerationQueueArgs extends pageArgs({ max: LIMITS.moderationQueuePageMax, fallback: LIMITS.pageSizeDefault }) {
  @Field(() => CaseStatusEnum, { defaultValue: 'open' })
  @IsEnum(CaseStatusEnum, invalid)
  status!: CaseStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  groupId?: string;

  @Field(() => ReportReasonEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ReportReasonEnum, invalid)
  reason?: ReportReason;

  @Field(() => ReportTargetEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ReportTargetEnum, invalid)
  targetType?: ReportTarget;

  @Field({ defaultValue: false })
  @IsBoolean()
  crisisOnly!: boolean;
}

@ArgsType()
export class AuditLogArgs extends pageArgs(AUDIT_PAGE) {
  @Field({ nullable: true, description: 'Words in the reason, action or target id.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchQueryMax)
  q?: string;

  @Field({ nullable: true, description: 'An action name, e.g. content.hide or author.reveal, or a family of them, e.g. member.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { context: { code: 'TOO_LONG' } })
  @ValidateBy(
    { name: 'isAuditAction', validator: { validate: (v: unknown) => typeof v === 'string' && (!v.trim() || isAuditActionFilter(v.trim())) } },
    { message: 'That is not an action the audit log records.', context: { code: 'INVALID_VALUE' } },
  )
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.handleMax)
  actorHandle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  targetType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  groupId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@InputType()
export class WatchedWordInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  groupId!: string;

  @Field({ description: `A word or phrase, ${LIMITS.watchedWordMin}-${LIMITS.watchedWordMax} characters.` })
  @IsString()
  @MinLength(LIMITS.watchedWordMin, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.watchedWordMax, { context: { code: 'TOO_LONG' } })
  phrase!: string;

  @Field(() => WatchedWordActionEnum)
  @IsEnum(WatchedWordActionEnum, invalid)
  action!: WatchedWordAction;
}
