import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import { text } from '../../common/validation/args';
import { MeObject } from '../users/user.object';
import { AccountSecurityObject, EmailVerificationObject, RecoveryCodesObject, TwoFactorSetupObject } from './account-security.object';
import { AccountSecurityService } from './account-security.service';
import { ChangeEmailInput, ChangePasswordInput, ConfirmTwoFactorInput, RequestPasswordResetInput, ResetPasswordInput, TwoFactorConfirmInput } from './auth.input';
import { TwoFactorSettingsService } from './two-factor-settings.service';

const ipOf = (ctx: GraphqlContext) => ctx.req.ip ?? 'unknown';

/** Verified email, password reset and change, change of email, two-factor sign-in settings. */
@Resolver(() => MeObject)
export class AccountSecurityResolver {
  constructor(
    private readonly accounts: AccountSecurityService,
    private readonly twoFactor: TwoFactorSettingsService,
  ) {}

  @ResolveField(() => AccountSecurityObject, { description: 'Email verification and two-factor sign-in of this account.' })
  security(@Parent() me: MeObject) {
    return this.accounts.view(me.id);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Send the email verification link again (a few times an hour at most). False if already verified.' })
  resendVerificationEmail(@CurrentUser() viewer: AuthUser) {
    return this.accounts.resendVerification(viewer);
  }

  @Mutation(() => EmailVerificationObject, { description: 'Follow a link from a verification or change-of-email mail (signed in or not).' })
  verifyEmail(@Args('token', text(200)) token: string) {
    return this.accounts.verifyEmail(token);
  }

  @Mutation(() => Boolean, { description: 'Forgot your password? Mails a reset link if the address has an account; the answer is the same either way.' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GraphqlContext) {
    return this.accounts.requestPasswordReset(input.email, ipOf(ctx));
  }

  @Mutation(() => Boolean, { description: 'Choose a new password from a reset link. Every session of the account ends.' })
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.accounts.resetPassword(input.token, input.newPassword);
  }

  @Auth()
  @Mutation(() => Int, { description: 'Change your password (the current one first). Every other session ends; returns how many.' })
  changePassword(@CurrentUser() viewer: AuthUser, @Args('input') input: ChangePasswordInput, @Context() ctx: GraphqlContext) {
    return this.accounts.changePassword(viewer, input.currentPassword, input.newPassword, input.keepThisSession !== false, ipOf(ctx), ctx.res);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Move your account to a new email address: it takes effect once confirmed from a link sent there; the old address is told.' })
  changeEmail(@CurrentUser() viewer: AuthUser, @Args('input') input: ChangeEmailInput, @Context() ctx: GraphqlContext) {
    return this.accounts.changeEmail(viewer, input.newEmail, input.password, ipOf(ctx));
  }

  @Auth()
  @Mutation(() => TwoFactorSetupObject, { description: 'Start setting up two-factor sign-in (or moving it to a new device): a secret to scan or type.' })
  beginTwoFactorSetup(@CurrentUser() viewer: AuthUser) {
    return this.twoFactor.begin(viewer);
  }

  @Auth()
  @Mutation(() => RecoveryCodesObject, { description: 'Turn two-factor sign-in on with a code from the new secret; returns ten recovery codes, shown once.' })
  confirmTwoFactorSetup(@CurrentUser() viewer: AuthUser, @Args('input') input: ConfirmTwoFactorInput, @Context() ctx: GraphqlContext) {
    return this.twoFactor.confirm(viewer, input.code, input.password, ipOf(ctx));
  }

  @Auth()
  @Mutation(() => RecoveryCodesObject, { description: 'Make ten new recovery codes (the old ones stop working).' })
  regenerateRecoveryCodes(@CurrentUser() viewer: AuthUser, @Args('input') input: TwoFactorConfirmInput, @Context() ctx: GraphqlContext) {
    return this.twoFactor.regenerate(viewer, input.password, input.code, ipOf(ctx));
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Turn two-factor sign-in off. Moderator, clinician and admin powers then wait until it is on again.' })
  disableTwoFactor(@CurrentUser() viewer: AuthUser, @Args('input') input: TwoFactorConfirmInput, @Context() ctx: GraphqlContext) {
    return this.twoFactor.disable(viewer, input.password, input.code, ipOf(ctx));
  }
}
