import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { GroupVisibility } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';
import { SLUG_PATTERN } from '../conditions/condition.input';
import { GroupVisibilityEnum } from './group.object';

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only groups for this condition.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  conditionSlug?: string;
}

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;

  @Field()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'Use lower-case letters, digits and single hyphens.', context: { code: 'INVALID_FORMAT' } })
  @MaxLength(80, { context: { code: 'TOO_LONG' } })
  slug!: string;

  @Field()
  @IsString()
  @MinLength(3, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.groupNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { context: { code: 'TOO_LONG' } })
  description!: string;

  @Field(() => GroupVisibilityEnum)
  @IsEnum(GroupVisibilityEnum)
  visibility!: GroupVisibility;

  @Field({ defaultValue: false })
  @IsBoolean()
  allowAnonymous!: boolean;
}

@InputType()
export class UpdateGroupInput {
  @Field()
  @IsString()
  @MinLength(3, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.groupNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { context: { code: 'TOO_LONG' } })
  description!: string;

  @Field(() => GroupVisibilityEnum)
  @IsEnum(GroupVisibilityEnum)
  visibility!: GroupVisibility;

  @Field()
  @IsBoolean()
  allowAnonymous!: boolean;
}
