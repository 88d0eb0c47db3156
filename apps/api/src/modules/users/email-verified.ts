import { AppError } from '../../common/errors/app-error';
import type { UserEntity } from './user.entity';

/** Powers go only to accounts whose email address is confirmed (it is how they get back in). */
export function assertEmailVerified(user: Pick<UserEntity, 'handle' | 'emailVerifiedAt'>, what: string): void {
  if (!user.emailVerifiedAt) {
    throw new AppError('EMAIL_NOT_VERIFIED', `${user.handle} has not confirmed their email address yet, so they cannot be ${what}.`);
  }
}
