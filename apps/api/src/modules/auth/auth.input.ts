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

const newPasswordRules = () => [
  MinLength(LIMITS.passwordMin, { message: `Your password needs at least ${LIMITS.passwordMin} characters.`, context: { code: 'TOO_SHORT' } }),
  MaxLength(LIMITS.passwordMax, { message: `Your password can have at most ${LIMITS.passwordMax} characters.`, context: { code: 'TOO_LONG' } }),
];
const applyAll = (ds: PropertyDecorator[]): PropertyDecorator => (target, key) => ds.forEach((d) => d(target, key));

@InputType({ description: 'The second step of signing in: a code from the authenticator app, or one recovery code.' })
export class TwoFactorSignInInput {
  @Field({ nullable: true, description: 'The 6-digit code the authenticator app shows now.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.twoFactorCodeMax, { context: { code: 'TOO_LONG' } })
  code?: string;

  @Field({ nullable: true, description: 'One of the recovery codes shown when two-factor sign-in was turned on.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.twoFactorCodeMax, { context: { code: 'TOO_LONG' } })
  recoveryCode?: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.emailMax, { message: 'That email address is too long.', context: { code: 'TOO_LONG' } })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.', context: { code: 'INVALID_EMAIL' } })
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @MinLength(1, { message: 'The link is missing its token.', context: { code: 'REQUIRED' } })
  @MaxLength(200, { context: { code: 'TOO_LONG' } })
  token!: string;

  @Field()
  @IsString()
  @applyAll(newPasswordRules())
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your current password.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.passwordMax, { context: { code: 'TOO_LONG' } })
  currentPassword!: string;

  @Field()
  @IsString()
  @applyAll(newPasswordRules())
  newPassword!: string;

  @Field({ nullable: true, description: 'Stay signed in here (default); every other session ends either way.' })
  @IsOptional()
  @IsBoolean()
  keepThisSession?: boolean;
}

@InputType()
export class ChangeEmailInput {
  @Field({ description: 'Takes effect once confirmed from a link sent to it.' })
  @IsString()
  @MaxLength(LIMITS.emailMax, { message: 'That email address is too long.', context: { code: 'TOO_LONG' } })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.', context: { code: 'INVALID_EMAIL' } })
  newEmail!: string;

  @Field({ description: 'Your password, to confirm.' })
  @IsString()
  @MinLength(1, { message: 'Enter your password.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.passwordMax, { context: { code: 'TOO_LONG' } })
  password!: string;
}

@InputType()
export class ConfirmTwoFactorInput {
  @Field({ description: 'A code from the authenticator app, for the secret just set up.' })
  @IsString()
  @MinLength(1, { message: 'Enter the code your app shows.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.twoFactorCodeMax, { context: { code: 'TOO_LONG' } })
  code!: string;

  @Field({ description: 'Your password, to confirm.' })
  @IsString()
  @MinLength(1, { message: 'Enter your password.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.passwordMax, { context: { code: 'TOO_LONG' } })
  password!: string;
}

@InputType({ description: 'Turning two-factor off or making new recovery codes: the password and a current code (or a recovery code).' })
export class TwoFactorConfirmInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.passwordMax, { context: { code: 'TOO_LONG' } })
  password!: string;

  @Field({ description: 'A code from the authenticator app, or a recovery code.' })
  @IsString()
  @MinLength(1, { message: 'Enter the code your app shows, or a recovery code.', context: { code: 'REQUIRED' } })
  @MaxLength(LIMITS.twoFactorCodeMax, { context: { code: 'TOO_LONG' } })
  code!: string;
}
