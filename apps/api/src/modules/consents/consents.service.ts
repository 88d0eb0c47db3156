import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';

export interface ConsentState {
  purpose: ConsentPurpose;
  granted: boolean;
  /** null: never answered (which counts as no). */
  changedAt: Date | null;
}

/**
 * A member's consent per purpose: off until they say yes, changeable at any time, every change
 * kept with its time. Withdrawing marks everything they contributed for recomputation (a
 * trigger), so the next insight computed no longer counts them.
 */
@Injectable()
export class ConsentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(viewer: AuthUser): Promise<ConsentState[]> {
    const rows: { purpose: ConsentPurpose; granted: boolean; changed_at: Date }[] = await this.db.query(
      `SELECT purpose, granted, changed_at FROM consents WHERE user_id = $1`,
      [viewer.id],
    );
    return CONSENT_PURPOSES.map((purpose) => {
      const r = rows.find((x) => x.purpose === purpose);
      return { purpose, granted: r?.granted ?? false, changedAt: r?.changed_at ?? null };
    });
  }

  async history(viewer: AuthUser): Promise<{ purpose: ConsentPurpose; granted: boolean; at: Date }[]> {
    const rows: { purpose: ConsentPurpose; granted: boolean; created_at: Date }[] = await this.db.query(
      `SELECT purpose, granted, created_at FROM consent_events WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
      [viewer.id],
    );
    return rows.map((r) => ({ purpose: r.purpose, granted: r.granted, at: r.created_at }));
  }

  async set(viewer: AuthUser, purpose: ConsentPurpose, granted: boolean): Promise<ConsentState> {
    return this.db.transaction(async (tx) => {
      const [row]: { changed_at: Date }[] = await tx.query(
        `INSERT INTO consents (user_id, purpose, granted, changed_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (user_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, changed_at = now()
         RETURNING changed_at`,
        [viewer.id, purpose, granted],
      );
      await tx.query(`INSERT INTO consent_events (user_id, purpose, granted) VALUES ($1, $2, $3)`, [viewer.id, purpose, granted]);
      return { purpose, granted, changedAt: row!.changed_at };
    });
  }
}
