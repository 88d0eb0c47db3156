import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CLINICIAN_STATUSES, ROLES } from '@kindred/contracts';
import type { ClinicianStatus, Role } from '@kindred/contracts';

export enum RoleEnum {
  member = 'member',
  moderator = 'moderator',
  clinician = 'clinician',
  admin = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role', description: `One of ${ROLES.join(', ')}.` });

export enum ClinicianStatusEnum {
  pending = 'pending',
  verified = 'verified',
}
registerEnumType(ClinicianStatusEnum, {
  name: 'ClinicianStatus',
  description: `One of ${CLINICIAN_STATUSES.join(', ')}.`,
});

/** A member as anyone may see them: a handle, never an email. */
@ObjectType('Member')
export class MemberObject {
  @Field(() => ID)
  id!: string;

  @Field()
  handle!: string;

  @Field()
  bio!: string;

  @Field({ description: 'Site moderator or admin.' })
  isModerator!: boolean;

  @Field({ description: 'A clinician whose registration an admin has verified.' })
  isVerifiedClinician!: boolean;

  @Field()
  joinedAt!: Date;
}

/** The signed-in member's own account, including private fields. */
@ObjectType('Me')
export class MeObject {
  @Field(() => ID)
  id!: string;

  @Field()
  handle!: string;

  @Field({ description: 'Only ever returned to its owner.' })
  email!: string;

  @Field({ description: 'The email address has been confirmed from a link sent to it.' })
  emailVerified!: boolean;

  @Field()
  bio!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ClinicianStatusEnum, { nullable: true })
  clinicianStatus!: ClinicianStatus | null;

  @Field({ description: 'Chat: others see when I am online in a room.' })
  sharePresence!: boolean;

  @Field({ description: 'Chat: others see when I am typing.' })
  shareTyping!: boolean;

  @Field()
  createdAt!: Date;
}

/** A clinician account as an admin sees it when verifying. */
@ObjectType('ClinicianApplication')
export class ClinicianApplicationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  handle!: string;

  @Field(() => ClinicianStatusEnum)
  status!: ClinicianStatus;

  @Field(() => String, { nullable: true })
  registration!: string | null;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field()
  appliedAt!: Date;
}
