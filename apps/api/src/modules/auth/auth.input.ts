import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { HANDLE_PATTERN, LIMITS } from '@kindred/contracts';

@InputType()
export class RegisterInput {
  @Field({ description: `Public pseudonym: ${LIMITS.handleMin}-${LIMITS.handleMax} letters, digits, _ or -, starting with a letter.` })
  @IsString()
  @MinLength(LIMITS.handleMin, { message: `Your handle needs at least ${LIMITS.handleMin} characters.`, context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.handleMax, { message: `Your handle can have at most ${LIMITS.handleMax} characters.`, context: { code: 'TOO_LONG' } })
  @Matches(HANDLE_PATTERN, {
    message: 'Use letters, digits, _ or - and start with a letter.',
    context: { code: 'INVALID_HANDLE' },
  })
  handle!: string;

  @Field({ description: 'Never shown to anyone else.' })
  @IsString()
  @MaxLength(LIMITS.emailMax, { message: 'That email address is too long.', context: { code: 'TOO_LONG' } })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.', context: { code: 'INVALID_EMAIL' } })
  email!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, {
    message: `Your password needs at least ${LIMITS.passwordMin} characters.`,
    context: { code: 'TOO_SHORT' },
  })
  @MaxLength(LIMITS.passwordMax, { message: `Your password can have at most ${LIMITS.passwordMax} characters.`, context: { code: 'TOO_LONG' } })
  password!: string;

  @Field({ nullable: true, description: 'Register as a clinician (pending until an admin verifies).' })
  @IsOptional()
  @IsBoolean()
  asClinician?: boolean;

  @Field({ nullable: true, description: 'Professional registration number (clinicians).' })
  @ValidateIf((o: RegisterInput) => o.asClinician === true)
  @IsString()
  @MinLength(3, { message: 'Enter your professional registration number.', context: { code: 'REQUIRED' } })
  @MaxLength(40, { context: { code: 'TOO_LONG' } })
  clinicianRegistration?: string;

  @Field({ nullable: true, description: 'Organisation you work for (clinicians).' })
  @ValidateIf((o: RegisterInput) => o.asClinician === true)
  @IsString()
  @MinLength(2, { message: 'Enter the organisation you work for.', context: { code: 'REQUIRED' } })
  @MaxLength(120, { context: { code: 'TOO_LONG' } })
  clinicianOrganisation?: string;
}

@InputType()
export class SignInInput {
  @Field({ description: 'Email address or handle.' })
  @IsString()
  @MinLength(1, { message: 'Enter your email address or handle.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.emailMax, { context: { code: 'TOO_LONG' } })
  login!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.passwordMax, { context: { code: 'TOO_LONG' } })
  password!: string;
}
