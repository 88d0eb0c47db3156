import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@kindred/contracts';
import { AppError, unauthenticated } from '../errors/app-error';
import { requestFrom } from './current-user.decorator';
import { ROLES_KEY } from './roles.key';

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
    return true;
  }
}
