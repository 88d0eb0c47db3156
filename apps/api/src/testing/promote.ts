import type { DataSource } from 'typeorm';
import type { Role } from '@kindred/contracts';

/** Test set-up only: give an account a site role directly, as an admin would have. */
export async function promote(db: DataSource, userId: string, role: Role): Promise<void> {
  await db.query(`UPDATE users SET role = $2, clinician_status = CASE WHEN $2 = 'clinician' THEN 'verified' END WHERE id = $1`, [userId, role]);
}
