import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { GuideSourceTypeEnum } from './guide.object';
import type { GuideSourceType } from './guide.object';

const NOTE_DESCRIPTION = `What changed and why (shown in the guide's history and kept in the audit log), 3-${LIMITS.auditReasonMax} characters.`;

@InputType()
export class CurateIntoGuideInput {
  @Field(() => GuideSourceTypeEnum)
  @IsEnum(GuideSourceTypeEnum, { context: { code: 'INVALID_VALUE' } })
  sourceType!: GuideSourceType;

  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  sourceId!: string;

  @Field({ description: `An existing heading of the guide, or a new one (1-${LIMITS.guideHeadingMax} characters).` })
  @IsString()
  @MinLength(1, { message: 'Choose or type a heading.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.guideHeadingMax, { message: `A heading can have at most ${LIMITS.guideHeadingMax} characters.`, context: { code: 'TOO_LONG' } })
  heading!: string;

  @Field({ description: `${LIMITS.guideSummaryMin}-${LIMITS.guideSummaryMax} characters of plain text.` })
  @IsString()
  @MinLength(LIMITS.guideSummaryMin, { message: `Write a summary of at least ${LIMITS.guideSummaryMin} characters.`, context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.guideSummaryMax, { message: `A summary can have at most ${LIMITS.guideSummaryMax} characters.`, context: { code: 'TOO_LONG' } })
  summary!: string;

  @Field({ nullable: true, description: `Optional note for the history and audit log, at most ${LIMITS.auditReasonMax} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.auditReasonMax, { context: { code: 'TOO_LONG' } })
  note?: string;
}

@InputType()
export class UpdateGuideEntryInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  id!: string;

  @Field({ nullable: true, description: 'Move the entry under this heading (an existing one, or a new section at the end).' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'A heading cannot be empty.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.guideHeadingMax, { message: `A heading can have at most ${LIMITS.guideHeadingMax} characters.`, context: { code: 'TOO_LONG' } })
  heading?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(LIMITS.guideSummaryMin, { message: `Write a summary of at least ${LIMITS.guideSummaryMin} characters.`, context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.guideSummaryMax, { message: `A summary can have at most ${LIMITS.guideSummaryMax} characters.`, context: { code: 'TOO_LONG' } })
  summary?: string;

  @Field(() => Int, { nullable: true, description: 'New place within its section, from 0 (larger values put it last).' })
  @IsOptional()
  @IsInt({ context: { code: 'INVALID_VALUE' } })
  @Min(0, { message: 'A position starts at 0.', context: { code: 'OUT_OF_RANGE' } })
  @Max(10_000, { context: { code: 'OUT_OF_RANGE' } })
  position?: number;

  @Field({ description: NOTE_DESCRIPTION })
  @IsString()
  @MinLength(3, { message: 'Say what changed, in at least 3 characters.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.auditReasonMax, { context: { code: 'TOO_LONG' } })
  note!: string;
}

/** A note every edit but curating carries. */
@ArgsType()
class GuideNoteArgs {
  @Field({ description: NOTE_DESCRIPTION })
  @IsString()
  @MinLength(3, { message: 'Say what changed, in at least 3 characters.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.auditReasonMax, { context: { code: 'TOO_LONG' } })
  note!: string;
}

@ArgsType()
export class RemoveGuideEntryArgs extends GuideNoteArgs {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  id!: string;
}

@ArgsType()
export class UpdateGuideIntroArgs extends GuideNoteArgs {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;

  @Field({ description: `Markdown, at most ${LIMITS.guideIntroMax} characters ("" for none).` })
  @IsString()
  @MaxLength(LIMITS.guideIntroMax, { message: `The intro can have at most ${LIMITS.guideIntroMax} characters.`, context: { code: 'TOO_LONG' } })
  intro!: string;
}

@ArgsType()
export class MarkGuideReviewedArgs extends GuideNoteArgs {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;
}

@ArgsType()
export class GuideHistoryArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many versions, newest first (default ${LIMITS.guideHistoryDefault}, at most ${LIMITS.guideHistoryMax}).`,
  })
  @IsOptional()
  first?: number;
}
