import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClinicianStatus, Role } from '@kindred/contracts';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Public pseudonym; unique case-insensitively. */
  @Column({ type: 'text' })
  handle!: string;

  /** Never returned to anyone but the user. Stored lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', default: 'member' })
  role!: Role;

  @Column({ name: 'clinician_status', type: 'text', nullable: true })
  clinicianStatus!: ClinicianStatus | null;

  @Column({ name: 'clinician_registration', type: 'text', nullable: true })
  clinicianRegistration!: string | null;

  @Column({ name: 'clinician_organisation', type: 'text', nullable: true })
  clinicianOrganisation!: string | null;

  @Column({ name: 'clinician_verified_at', type: 'timestamptz', nullable: true })
  clinicianVerifiedAt!: Date | null;

  @Column({ type: 'text', default: '' })
  bio!: string;

  /** Chat: show me as online in rooms I am in. */
  @Column({ name: 'share_presence', type: 'boolean', default: true })
  sharePresence!: boolean;

  /** Chat: tell others when I am typing. */
  @Column({ name: 'share_typing', type: 'boolean', default: true })
  shareTyping!: boolean;

  /** A suspended account cannot sign in or use a session until this time. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason!: string | null;

  /** When the member proved they receive mail at `email`; null until then. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Two-factor sign-in (TOTP): the secret in use, and since when; a secret being set up. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret!: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  /** An account with a power that needs two-factor may use it without until this time. */
  @Column({ name: 'two_factor_due_at', type: 'timestamptz', nullable: true })
  twoFactorDueAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
