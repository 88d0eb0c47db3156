import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';

export interface AuditRow {
  id: string;
  actorId: string | null;
  actorHandle: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string;
  groupId: string | null;
  createdAt: Date;
}

/** The audit log's page limits (its GraphQL arguments are documented from the same object). */
export const AUDIT_PAGE = { max: LIMITS.auditPageMax, fallback: LIMITS.auditPageDefault };

export interface AuditFilter {
  q?: string;
  action?: string;
  actorHandle?: string;
  targetType?: string;
  targetId?: string;
  groupId?: string;
  from?: Date;
  to?: Date;
  first?: number;
  after?: string;
}

const COLUMNS = `a.id::text AS id, a.actor_id AS "actorId", u.handle AS "actorHandle", a.action, a.target_type AS "targetType",
  a.target_id AS "targetId", a.reason, a.details->>'groupId' AS "groupId", a.created_at AS "createdAt"`;

/**
 * Reading the append-only audit log (who may read which entries is decided by the caller:
 * see ModerationService.moderatedGroupIds). Nothing here, or anywhere, changes or deletes one.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `groups`: the groups whose entries the reader may see; null for all (site moderators and admins). */
  async search(groups: string[] | null, f: AuditFilter): Promise<Connection<AuditRow>> {
    const first = pageSize(f.first, AUDIT_PAGE);
    const cursor = decodeCursor(f.after, 1);
    const words = f.q?.trim() ? `%${f.q.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = `($1::text[] IS NULL OR a.details->>'groupId' = ANY($1))
      AND ($2::text IS NULL OR a.reason ILIKE $2 OR a.action ILIKE $2 OR a.target_id ILIKE $2)
      AND ($3::text IS NULL OR a.action = $3 OR a.action LIKE $3 || '.%')
      AND ($4::text IS NULL OR lower(u.handle) = lower($4))
      AND ($5::text IS NULL OR a.target_type = $5) AND ($6::text IS NULL OR a.target_id = $6)
      AND ($7::text IS NULL OR a.details->>'groupId' = $7)
      AND ($8::timestamptz IS NULL OR a.created_at >= $8) AND ($9::timestamptz IS NULL OR a.created_at <= $9)`;
    const params = [
      groups,
      words,
      f.action?.trim() || null,
      f.actorHandle?.trim().replace(/^@/, '') || null,
      f.targetType?.trim() || null,
      f.targetId?.trim() || null,
      f.groupId ?? null,
      f.from ?? null,
      f.to ?? null,
    ];
    const [rows, [{ n }]]: [AuditRow[], [{ n: number }]] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          WHERE ${where} AND ($10::bigint IS NULL OR a.id < $10) ORDER BY a.id DESC LIMIT $11`,
        [...params, cursor ? String(cursor[0]) : null, first + 1],
      ),
      this.db.query(`SELECT count(*)::int AS n FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE ${where}`, params),
    ]);
    return toConnection(rows, first, n, (r) => [r.id], (r) => r);
  }

  /** Every entry about one item, or recorded against one moderation case, newest first. */
  async forTarget(targetType: string, targetId: string, caseId: string | null): Promise<AuditRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE (a.target_type = $1 AND a.target_id = $2) OR ($3::text IS NOT NULL AND a.details->>'caseId' = $3)
        ORDER BY a.id DESC LIMIT 200`,
      [targetType, targetId, caseId],
    );
  }
}
