import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { Role } from '@kindred/contracts';
import { RoleEnum } from './user.object';

@InputType()
export class UpdateProfileInput {
  @Field({ description: `A short public introduction, at most ${LIMITS.bioMax} characters.` })
  @IsString()
  @MaxLength(LIMITS.bioMax, { message: `Keep your bio to ${LIMITS.bioMax} characters or fewer.` })
  bio!: string;
}

@InputType()
export class SetRoleInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.handleMax)
  handle!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: Role;
}
