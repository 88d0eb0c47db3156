import type { ClinicianStatus, Role } from '@kindred/contracts';

/** Who is making a request, resolved from the session cookie. */
export interface AuthUser {
  id: string;
  handle: string;
  role: Role;
  clinicianStatus: ClinicianStatus | null;
  sessionId: string;
  /**
   * The account holds a power that needs two-factor sign-in (site moderator, admin, verified
   * clinician, moderator of a private group), has not turned it on, and its grace period is over:
   * every such power waits (see AccessService.assertPowersActive). Absent: false.
   */
  powersWaiting?: boolean;
}

/** A site moderator or admin whose powers are not waiting for two-factor sign-in. */
export function isSiteModerator(user: AuthUser | null | undefined): boolean {
  return !!user && (user.role === 'moderator' || user.role === 'admin') && !user.powersWaiting;
}
