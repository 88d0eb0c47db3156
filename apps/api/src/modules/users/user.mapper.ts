import type { UserEntity } from './user.entity';
import type { ClinicianApplicationObject, MeObject, MemberObject } from './user.object';

/** The columns a public profile is built from. */
export type PublicUser = Pick<UserEntity, 'id' | 'handle' | 'bio' | 'role' | 'clinicianStatus' | 'createdAt'>;

export function toMember(u: PublicUser): MemberObject {
  return {
    id: u.id,
    handle: u.handle,
    bio: u.bio,
    isModerator: u.role === 'moderator' || u.role === 'admin',
    isVerifiedClinician: u.role === 'clinician' && u.clinicianStatus === 'verified',
    joinedAt: u.createdAt,
  };
}

export function toMe(u: UserEntity): MeObject {
  return {
    id: u.id,
    handle: u.handle,
    email: u.email,
    emailVerified: !!u.emailVerifiedAt,
    bio: u.bio,
    role: u.role,
    clinicianStatus: u.clinicianStatus,
    sharePresence: u.sharePresence,
    shareTyping: u.shareTyping,
    createdAt: u.createdAt,
  };
}

export function toClinicianApplication(u: UserEntity): ClinicianApplicationObject {
  return {
    id: u.id,
    handle: u.handle,
    status: u.clinicianStatus ?? 'pending',
    registration: u.clinicianRegistration,
    organisation: u.clinicianOrganisation,
    appliedAt: u.createdAt,
  };
}
