import type { ClinicianStatus, Role } from '@kindred/contracts';

/** Who is making a request, resolved from the session cookie. */
export interface AuthUser {
  id: string;
  handle: string;
  role: Role;
  clinicianStatus: ClinicianStatus | null;
  sessionId: string;
}

export function isSiteModerator(user: AuthUser | null | undefined): boolean {
  return !!user && (user.role === 'moderator' || user.role === 'admin');
}
