import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';

const invalid = { context: { code: 'INVALID_VALUE' } };
const rating = (what: string) => [
  IsInt(invalid),
  Min(1, { message: `${what}: choose from 1 to 5.`, context: { code: 'OUT_OF_RANGE' } }),
  Max(5, { message: `${what}: choose from 1 to 5.`, context: { code: 'OUT_OF_RANGE' } }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType()
export class ShareCareExperienceInput {
  @Field({ description: 'A service kind slug from `careServiceKinds`.' })
  @IsString()
  @MaxLength(LIMITS.slugMax, { context: { code: 'TOO_LONG' } })
  serviceKind!: string;

  @Field({ description: 'An area code from `careAreas` (never a postcode).' })
  @IsString()
  @MaxLength(20, { context: { code: 'TOO_LONG' } })
  areaCode!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  conditionId?: string | null;

  @Field({ description: 'The month it happened, YYYY-MM (not in the future).' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Give the month as YYYY-MM.', context: { code: 'INVALID_FORMAT' } })
  occurredOn!: string;

  @Field({ defaultValue: '', description: `At most ${LIMITS.careStoryFieldMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.careStoryFieldMax, { context: { code: 'TOO_LONG' } })
  whatWasGood!: string;

  @Field({ defaultValue: '', description: `At most ${LIMITS.careStoryFieldMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.careStoryFieldMax, { context: { code: 'TOO_LONG' } })
  couldBeBetter!: string;

  @Field(() => Int, { description: 'Getting seen, 1–5.' })
  @apply(rating('Getting seen'))
  ratingSeen!: number;

  @Field(() => Int, { description: 'Being listened to, 1–5.' })
  @apply(rating('Being listened to'))
  ratingListened!: number;

  @Field(() => Int, { description: 'Involvement in decisions, 1–5.' })
  @apply(rating('Involvement in decisions'))
  ratingInvolved!: number;

  @Field({ defaultValue: false, description: 'Post without your handle: no one, organisations included, is told who wrote it.' })
  @IsBoolean()
  anonymous!: boolean;
}

@InputType()
export class RespondToCareExperienceInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  experienceId!: string;

  @Field(() => ID, { description: 'The verified organisation answering.' })
  @IsUUID('all', invalid)
  organisationId!: string;

  @Field({ description: `At most ${LIMITS.careResponseMax} characters.` })
  @IsString()
  @MinLength(1, { message: 'Write a response.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.careResponseMax, { context: { code: 'TOO_LONG' } })
  body!: string;

  @Field({ defaultValue: false, description: '"We changed something" (then say what).' })
  @IsBoolean()
  changedSomething!: boolean;

  @Field({ defaultValue: '', description: `What changed, at most ${LIMITS.careWhatChangedMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.careWhatChangedMax, { context: { code: 'TOO_LONG' } })
  whatChanged!: string;
}

@ArgsType()
export class CareExperiencesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.slugMax, { context: { code: 'TOO_LONG' } })
  serviceKind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20, { context: { code: 'TOO_LONG' } })
  areaCode?: string | null;
}

@ArgsType()
export class OrganisationInboxArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  organisationId!: string;

  @Field({ defaultValue: false, description: 'Only stories this organisation has not answered yet.' })
  @IsBoolean()
  unansweredOnly!: boolean;
}
