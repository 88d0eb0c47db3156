import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { GroupVisibility } from '@kindred/contracts';
import { PageArgs } from '../../common/graphql/pagination';
import { SlugField } from '../../common/validation/slug-field';
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

  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;

  @SlugField()
  slug!: string;
}

/** Only the fields given change; a field left out keeps its value. */
@InputType()
export class UpdateGroupInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.groupNameMax, { context: { code: 'TOO_LONG' } })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { context: { code: 'TOO_LONG' } })
  description?: string;

  @Field(() => GroupVisibilityEnum, {
    nullable: true,
    description: 'Making a private group public does not publish its past: what was written until then stays members-only.',
  })
  @IsOptional()
  @IsEnum(GroupVisibilityEnum)
  visibility?: GroupVisibility;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  allowAnonymous?: boolean;
}
