import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The signed-in member's own account security, for their settings page. */
@ObjectType('AccountSecurity')
export class AccountSecurityObject {
  @Field({ description: 'The email address has been confirmed from a link sent to it.' })
  emailVerified!: boolean;

  @Field(() => String, { nullable: true, description: 'A new address waiting to be confirmed from the link sent to it.' })
  pendingEmail!: string | null;

  @Field()
  twoFactorEnabled!: boolean;

  @Field({ description: 'This account holds a power (moderator, clinician, admin, moderator of a private group) that needs two-factor sign-in.' })
  twoFactorRequired!: boolean;

  @Field(() => Date, { nullable: true, description: 'Until when those powers work without two-factor sign-in.' })
  twoFactorDueAt!: Date | null;

  @Field({ description: 'Those powers wait until two-factor sign-in is on.' })
  powersWaiting!: boolean;

  @Field(() => Int)
  recoveryCodesLeft!: number;
}

@ObjectType('TwoFactorSetup', { description: 'A new two-factor secret, to put in an authenticator app; it works once confirmed with a code.' })
export class TwoFactorSetupObject {
  @Field({ description: 'The secret as text (base32), for apps that cannot scan.' })
  secret!: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  otpauthUrl!: string;

  @Field({ description: 'The QR code as an SVG data URL.' })
  qrCodeDataUrl!: string;
}

@ObjectType('RecoveryCodes', { description: 'Shown once: each code signs in once when the authenticator app is lost.' })
export class RecoveryCodesObject {
  @Field(() => [String])
  codes!: string[];
}

@ObjectType('EmailVerification')
export class EmailVerificationObject {
  @Field({ description: 'The address now confirmed.' })
  email!: string;

  @Field({ description: 'The link confirmed a new address, which now replaces the old one.' })
  changed!: boolean;
}
