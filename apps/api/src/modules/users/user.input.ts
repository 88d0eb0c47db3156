import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
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

@InputType({ description: 'What others see of me in chat.' })
export class ChatPrivacyInput {
  @Field({ description: 'Show me as online in chat rooms I am in.' })
  @IsBoolean()
  sharePresence!: boolean;

  @Field({ description: 'Show others when I am typing.' })
  @IsBoolean()
  shareTyping!: boolean;
}
