import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '@kindred/contracts';

export interface AuditEntry {
  /** null: Kindred itself (e.g. content hidden automatically after reports). */
  actorId: string | null;
  /** One of the actions listed in libs/contracts (`AUDIT_ACTIONS`). */
  action: AuditAction;
  targetType: string;
  targetId: string;
  reason: string;
  details?: Record<string, unknown>;
}

/**
 * The append-only audit log: who did what, to what, when and why. There is no update or
 * delete here, and the database refuses both (a trigger), whatever code asks.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditEntry, tx?: EntityManager): Promise<void> {
    await (tx ?? this.db.manager).query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId, entry.reason, JSON.stringify(entry.details ?? {})],
    );
  }
}
