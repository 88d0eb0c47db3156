import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { Role } from '@kindred/contracts';
import { AuthGuard } from './auth.guard';

import { ROLES_KEY } from './roles.key';

/** Requires a signed-in user; with roles given, requires one of them. */
export const Auth = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(AuthGuard));
