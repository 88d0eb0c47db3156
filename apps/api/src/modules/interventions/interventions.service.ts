import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, PageArgs, toConnection } from '../../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { DecideInterventionInput, InterventionsArgs, ProposeInterventionInput } from './intervention.input';
import type { InterventionObject } from './intervention.object';

interface InterventionRow {
  id: string;
  slug: string;
  name: string;
  category: InterventionObject['category'];
  synonyms: string[];
  description: string;
  status: InterventionObject['status'];
  merged_into_id: string | null;
}

export const toIntervention = (r: InterventionRow): InterventionObject => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  category: r.category,
  synonyms: r.synonyms,
  description: r.description,
  status: r.status,
  mergedIntoId: r.merged_into_id,
});

const COLUMNS = `i.id, i.slug, i.name, i.category, i.synonyms, i.description, i.status, i.merged_into_id`;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const slugify = (name: string) =>
  name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70) || 'intervention';

/** The intervention catalogue: accepted entries for everyone; proposals decided by moderators. */
@Injectable()
export class InterventionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: InterventionsArgs): Promise<Connection<InterventionObject>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const where = [`i.status = 'accepted'`];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('$?', `$${params.length}`));
    };
    if (args.conditionSlug) {
      add(`EXISTS (SELECT 1 FROM intervention_conditions ic JOIN conditions c ON c.id = ic.condition_id
                   WHERE ic.intervention_id = i.id AND c.slug = $?)`, args.conditionSlug);
    }
    if (args.category) add(`i.category = $?`, args.category);
    if (args.filter?.trim()) {
      add(`(lower(i.name) LIKE $? OR EXISTS (SELECT 1 FROM unnest(i.synonyms) s WHERE lower(s) LIKE $?))`,
        `%${escapeLike(args.filter.trim().toLowerCase())}%`);
    }
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM interventions i WHERE ${where.join(' AND ')}`, params);
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(lower(i.name), i.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: InterventionRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM interventions i WHERE ${where.join(' AND ')} ORDER BY lower(i.name), i.id LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, limit, n, (r) => [r.name.toLowerCase(), r.id], toIntervention);
  }

  async bySlug(slug: string): Promise<InterventionObject> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM interventions i WHERE i.slug = $1`, [slug]);
    if (!row) throw notFound('That intervention');
    return toIntervention(row);
  }

  /** An accepted intervention, following a merge to where it now lives. */
  async accepted(id: string, tx: EntityManager = this.db.manager): Promise<InterventionRow> {
    const [row]: InterventionRow[] = await tx.query(`SELECT ${COLUMNS} FROM interventions i WHERE i.id = $1`, [id]);
    if (!row) throw notFound('That intervention');
    if (row.status === 'merged' && row.merged_into_id) return this.accepted(row.merged_into_id, tx);
    if (row.status !== 'accepted') {
      throw new AppError('INTERVENTION_NOT_ACCEPTED', `${row.name} is waiting for a moderator to accept it.`);
    }
    return row;
  }

  /** A member proposes a new intervention; it is pending until a moderator decides. */
  async propose(viewer: AuthUser, input: ProposeInterventionInput): Promise<InterventionObject> {
    const name = input.name.trim();
    const [dup] = await this.db.query(
      `SELECT name FROM interventions WHERE lower(name) = lower($1) OR lower($1) = ANY(SELECT lower(s) FROM unnest(synonyms) s)`,
      [name],
    );
    if (dup) throw new AppError('INTERVENTION_NAME_TAKEN', `"${dup.name}" is already in the catalogue.`);
    const known: { id: string }[] = await this.db.query(`SELECT id FROM conditions WHERE id = ANY($1::uuid[])`, [input.conditionIds]);
    if (known.length !== new Set(input.conditionIds).size) throw notFound('One of those conditions');
    return this.db.transaction(async (tx) => {
      let slug = slugify(name);
      const [taken] = await tx.query(`SELECT 1 FROM interventions WHERE slug = $1`, [slug]);
      if (taken) slug = `${slug}-${Date.now().toString(36)}`;
      const [row] = await tx.query(
        `INSERT INTO interventions (slug, name, category, description, status, proposed_by)
         VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING ${COLUMNS.replaceAll('i.', '')}`,
        [slug, name, input.category, input.description.trim(), viewer.id],
      );
      await tx.query(`INSERT INTO intervention_conditions (intervention_id, condition_id) SELECT $1, unnest($2::uuid[])`, [
        row.id,
        [...new Set(input.conditionIds)],
      ]);
      return toIntervention(row);
    });
  }

  async pending(viewer: AuthUser, page: PageArgs): Promise<Connection<InterventionObject>> {
    if (!isSiteModerator(viewer)) throw forbidden('Only moderators review proposed interventions.');
    const limit = pageSize(page.first);
    const cursor = decodeCursor(page.after, 2);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM interventions WHERE status = 'pending'`);
    const rows: (InterventionRow & { created_at: Date })[] = await this.db.query(
      `SELECT ${COLUMNS}, i.created_at FROM interventions i WHERE i.status = 'pending'
         AND ($1::timestamptz IS NULL OR (i.created_at, i.id) > ($1::timestamptz, $2::uuid))
       ORDER BY i.created_at, i.id LIMIT $3`,
      [cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    return toConnection(rows, limit, n, (r) => [new Date(r.created_at).toISOString(), r.id], toIntervention);
  }

  /** Moderators accept a proposal, merge it into an existing entry, or decline it. Audited. */
  async decide(viewer: AuthUser, id: string, input: DecideInterventionInput): Promise<InterventionObject> {
    if (!isSiteModerator(viewer)) throw forbidden('Only moderators decide on proposed interventions.');
    return this.db.transaction(async (tx) => {
      const [row]: InterventionRow[] = await tx.query(`SELECT ${COLUMNS} FROM interventions i WHERE i.id = $1 FOR UPDATE`, [id]);
      if (!row) throw notFound('That intervention');
      if (row.status !== 'pending') throw new AppError('INTERVENTION_NOT_PENDING', 'That proposal has already been decided.');
      let status: InterventionRow['status'] = input.accept ? 'accepted' : 'declined';
      let mergedInto: string | null = null;
      if (!input.accept && input.mergeIntoId) {
        const target = await this.accepted(input.mergeIntoId, tx);
        status = 'merged';
        mergedInto = target.id;
        // The proposed name becomes a synonym of the entry it joins, and its conditions carry over.
        await tx.query(`UPDATE interventions SET synonyms = array_append(synonyms, $2) WHERE id = $1 AND NOT ($2 = ANY(synonyms))`, [
          target.id,
          row.name,
        ]);
        await tx.query(
          `INSERT INTO intervention_conditions (intervention_id, condition_id)
           SELECT $1, condition_id FROM intervention_conditions WHERE intervention_id = $2 ON CONFLICT DO NOTHING`,
          [target.id, row.id],
        );
      }
      const [[updated]] = await tx.query(
        `UPDATE interventions SET status = $2, merged_into_id = $3, decided_by = $4, decided_at = now() WHERE id = $1
         RETURNING ${COLUMNS.replaceAll('i.', '')}`,
        [id, status, mergedInto, viewer.id],
      );
      await this.audit.record(
        { actorId: viewer.id, action: `intervention.${status === 'accepted' ? 'accept' : status === 'merged' ? 'merge' : 'decline'}`, targetType: 'intervention', targetId: id, reason: input.reason, details: mergedInto ? { mergedInto } : {} },
        tx,
      );
      return toIntervention(updated);
    });
  }
}
