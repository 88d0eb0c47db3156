import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';
import { SlugField } from '../../common/validation/slug-field';

export const ICD10_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

@ArgsType()
export class ConditionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches names, synonyms and ICD-10 codes as you type.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchFilterMax, { context: { code: 'TOO_LONG' } })
  filter?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  family?: string;
}

@InputType()
export class ConditionInput {
  @SlugField()
  slug!: string;

  @Field()
  @IsString()
  @MinLength(2, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.conditionNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field()
  @IsString()
  @Matches(ICD10_PATTERN, { message: 'Enter an ICD-10 code such as E11 or U09.9.', context: { code: 'INVALID_FORMAT' } })
  icd10Code!: string;

  @Field()
  @IsString()
  @MinLength(2, { context: { code: 'TOO_SHORT' } })
  @MaxLength(100, { context: { code: 'TOO_LONG' } })
  family!: string;

  @Field(() => [String])
  @ArrayMaxSize(LIMITS.synonymsMax, { context: { code: 'TOO_LONG' } })
  @IsString({ each: true })
  @MinLength(1, { each: true, context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.synonymMax, { each: true, context: { code: 'TOO_LONG' } })
  synonyms!: string[];

  @Field()
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { context: { code: 'TOO_LONG' } })
  description!: string;
}
