import type { DataSource } from 'typeorm';
import type { Role } from '@kindred/contracts';

/** Test set-up only: give an account a site role directly, as an admin would have. */
export async function promote(db: DataSource, userId: string, role: Role): Promise<void> {
  await db.query(`UPDATE users SET role = $2, clinician_status = CASE WHEN $2 = 'clinician' THEN 'verified' END WHERE id = $1`, [userId, role]);
}

/** Test set-up only: mark an account's email address as confirmed, as following its link would. */
export async function markEmailVerified(db: DataSource, handle: string): Promise<void> {
  await db.query(`UPDATE users SET email_verified_at = now() WHERE lower(handle) = lower($1)`, [handle]);
}
