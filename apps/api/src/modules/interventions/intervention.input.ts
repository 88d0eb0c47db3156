import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { InterventionCategory } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';
import { InterventionCategoryEnum } from './intervention.object';

@ArgsType()
export class InterventionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only interventions linked to this condition.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  conditionSlug?: string;

  @Field({ nullable: true, description: 'Matches names, synonyms and brand names.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchFilterMax, { context: { code: 'TOO_LONG' } })
  filter?: string;

  @Field(() => InterventionCategoryEnum, { nullable: true })
  @IsOptional()
  @IsEnum(InterventionCategoryEnum)
  category?: InterventionCategory;
}

@InputType()
export class ProposeInterventionInput {
  @Field()
  @IsString()
  @MinLength(2, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.interventionNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field(() => InterventionCategoryEnum)
  @IsEnum(InterventionCategoryEnum, { context: { code: 'INVALID_VALUE' } })
  category!: InterventionCategory;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300, { context: { code: 'TOO_LONG' } })
  description!: string;

  @Field(() => [ID], { description: 'Conditions it is used for.' })
  @ArrayMinSize(1, { message: 'Choose at least one condition.', context: { code: 'REQUIRED' } })
  @ArrayMaxSize(10, { context: { code: 'TOO_LONG' } })
  @IsUUID('all', { each: true, context: { code: 'INVALID_VALUE' } })
  conditionIds!: string[];
}

@InputType()
export class DecideInterventionInput {
  @Field({ description: 'Accept as a new entry; false with mergeIntoId merges it; false without declines.' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  mergeIntoId?: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Give a reason.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.auditReasonMax, { context: { code: 'TOO_LONG' } })
  reason!: string;
}
