import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@kindred/contracts';
import { AppError, unauthenticated } from '../errors/app-error';
import { requestFrom } from './current-user.decorator';
import { ROLES_KEY } from './roles.key';
import { twoFactorRequired } from '../../modules/access/access.service';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const user = requestFrom(context).user;
    if (!user) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles?.length && !roles.includes(user.role)) {
      throw new AppError('FORBIDDEN', 'Your account does not have the role needed for this.');
    }
    // Every role-gated operation is a power; it waits while two-factor sign-in is due and off.
    if (roles?.length && user.powersWaiting) throw twoFactorRequired();
    return true;
  }
}
