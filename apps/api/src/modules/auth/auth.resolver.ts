import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import { MeObject } from '../users/user.object';
import { TWO_FACTOR_COOKIE } from '@kindred/contracts';
import { RegisterInput, SignInInput, TwoFactorSignInInput } from './auth.input';
import { AuthService, ClientInfo } from './auth.service';

const clientOf = (ctx: GraphqlContext): ClientInfo => ({
  ip: ctx.req.ip ?? 'unknown',
  userAgent: String(ctx.req.headers['user-agent'] ?? ''),
  res: ctx.res,
  twoFactorToken: (ctx.req.cookies as Record<string, string> | undefined)?.[TWO_FACTOR_COOKIE],
});

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => MeObject, { description: 'Create an account and sign in.' })
  register(@Args('input') input: RegisterInput, @Context() ctx: GraphqlContext) {
    return this.auth.register(input, clientOf(ctx));
  }

  @Mutation(() => MeObject, {
    description: 'Sign in with email or handle and password. An account with two-factor sign-in answers TWO_FACTOR_CODE_REQUIRED: finish with signInWithTwoFactor.',
  })
  signIn(@Args('input') input: SignInInput, @Context() ctx: GraphqlContext) {
    return this.auth.signIn(input, clientOf(ctx));
  }

  @Mutation(() => MeObject, { description: 'The second step of signing in: a code from the authenticator app, or a recovery code.' })
  signInWithTwoFactor(@Args('input') input: TwoFactorSignInInput, @Context() ctx: GraphqlContext) {
    return this.auth.signInWithTwoFactor(input, clientOf(ctx));
  }

  @Mutation(() => Boolean, { description: 'End this session.' })
  signOut(@CurrentUser() viewer: AuthUser | null, @Context() ctx: GraphqlContext) {
    return this.auth.signOut(viewer, ctx.res);
  }

  @Auth()
  @Mutation(() => Int, { description: 'End every session of this account; returns how many ended.' })
  signOutEverywhere(@CurrentUser() viewer: AuthUser, @Context() ctx: GraphqlContext) {
    return this.auth.signOutEverywhere(viewer, ctx.res);
  }
}
