import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { area, serviceKind } from '../care-experiences/care-catalogue';
import type { CareOrganisationObject } from '../care-experiences/care-experience.object';
import { findPersonalInfo } from '../moderation/safety/personal-info';
import type { ApplyForOrganisationInput } from './organisation.input';

export interface OrganisationRow {
  id: string;
  name: string;
  service_kind: string;
  area_code: string;
  status: 'pending' | 'verified' | 'declined';
  website: string;
  created_at: Date;
  applied_by_handle?: string | null;
}

/** The columns of an organisation row `o`, as `toOrganisation` reads them. */
export const ORGANISATION_COLUMNS = (o: string) =>
  `${o}.id, ${o}.name, ${o}.service_kind, ${o}.area_code, ${o}.status, ${o}.website, ${o}.created_at`;

/** An organisation as the API shows it. `memberOf`: the ids of the viewer's organisations. */
export function toOrganisation(r: OrganisationRow, memberOf: ReadonlySet<string>): CareOrganisationObject {
  const k = serviceKind(r.service_kind);
  return {
    id: r.id,
    name: r.name,
    serviceKind: { ...k },
    area: { ...area(r.area_code) },
    status: r.status,
    website: r.website,
    createdAt: r.created_at,
    viewerIsMember: memberOf.has(r.id),
    appliedByHandle: r.applied_by_handle ?? null,
  };
}

/**
 * Organisations that run services: a member applies for one (name, kind of service, area), an
 * admin verifies it as clinicians are verified (audited), and its members may then answer
 * stories about that kind of service in that area, as the organisation, never by name.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The ids of the organisations the viewer answers for (any status). */
  async memberOf(viewer: AuthUser | null, db: EntityManager = this.db.manager): Promise<Set<string>> {
    if (!viewer) return new Set();
    const rows: { organisation_id: string }[] = await db.query(`SELECT organisation_id FROM organisation_members WHERE user_id = $1`, [viewer.id]);
    return new Set(rows.map((r) => r.organisation_id));
  }

  /** The viewer's organisations, verified or not, by name. */
  async mine(viewer: AuthUser): Promise<CareOrganisationObject[]> {
    const rows: OrganisationRow[] = await this.db.query(
      `SELECT ${ORGANISATION_COLUMNS('o')} FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
        WHERE m.user_id = $1 ORDER BY o.name, o.id`,
      [viewer.id],
    );
    const mine = new Set(rows.map((r) => r.id));
    return rows.map((r) => toOrganisation(r, mine));
  }

  /** A verified organisation the viewer answers for, or FORBIDDEN / ORGANISATION_NOT_VERIFIED. */
  async assertResponder(viewer: AuthUser, organisationId: string, db: EntityManager = this.db.manager): Promise<OrganisationRow> {
    const [o]: (OrganisationRow & { member: boolean })[] = await db.query(
      `SELECT ${ORGANISATION_COLUMNS('o')}, EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $2) AS member
         FROM organisations o WHERE o.id = $1`,
      [organisationId, viewer.id],
    );
    if (!o || !o.member) throw new AppError('NOT_ORGANISATION_MEMBER', 'Only the members of an organisation can respond for it.');
    if (o.status !== 'verified') {
      throw new AppError('ORGANISATION_NOT_VERIFIED', 'An administrator has not verified this organisation yet, so it cannot respond.');
    }
    return o;
  }

  async apply(viewer: AuthUser, input: ApplyForOrganisationInput): Promise<CareOrganisationObject> {
    serviceKind(input.serviceKind);
    area(input.areaCode);
    const name = input.name.trim();
    if (findPersonalInfo(name).length) {
      throw new AppError('PERSONAL_INFORMATION', 'An organisation’s name cannot hold an email address, phone number or postcode.', {
        fields: [{ field: 'name', code: 'NOT_ALLOWED', message: 'Remove the personal information.' }],
      });
    }
    const id = await this.db.transaction(async (tx) => {
      const [o]: { id: string }[] = await tx.query(
        `INSERT INTO organisations (name, service_kind, area_code, website, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [name, input.serviceKind, input.areaCode, input.website.trim(), viewer.id],
      );
      await tx.query(`INSERT INTO organisation_members (organisation_id, user_id) VALUES ($1, $2)`, [o!.id, viewer.id]);
      return o!.id;
    });
    return this.one(viewer, id);
  }

  private async one(viewer: AuthUser, id: string): Promise<CareOrganisationObject> {
    const [o]: OrganisationRow[] = await this.db.query(`SELECT ${ORGANISATION_COLUMNS('o')} FROM organisations o WHERE o.id = $1`, [id]);
    if (!o) throw notFound('That organisation');
    return toOrganisation(o, await this.memberOf(viewer));
  }

  /** Admins: organisations waiting for verification, oldest first, with who applied. */
  async applications(first: number | undefined, after: string | undefined): Promise<Connection<CareOrganisationObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows: OrganisationRow[] = await this.db.query(
      `SELECT ${ORGANISATION_COLUMNS('o')}, u.handle AS applied_by_handle FROM organisations o LEFT JOIN users u ON u.id = o.created_by
        WHERE o.status = 'pending' AND ($1::timestamptz IS NULL OR (o.created_at, o.id) > ($1::timestamptz, $2::uuid))
        ORDER BY o.created_at, o.id LIMIT $3`,
      [cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM organisations WHERE status = 'pending'`);
    return toConnection(rows, limit, n, (r) => [r.created_at.toISOString(), r.id], (r) => toOrganisation(r, new Set()));
  }

  /** Admins verify (or decline) an organisation, after checking it runs that service in that area. Audited. */
  async decide(admin: AuthUser, id: string, approve: boolean): Promise<CareOrganisationObject> {
    await this.db.transaction(async (tx) => {
      const [o]: OrganisationRow[] = await tx.query(`SELECT ${ORGANISATION_COLUMNS('o')} FROM organisations o WHERE o.id = $1 FOR UPDATE`, [id]);
      if (!o) throw notFound('That organisation');
      if (o.status !== 'pending') throw new AppError('ORGANISATION_NOT_PENDING', `${o.name} is not waiting for verification.`);
      await tx.query(`UPDATE organisations SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [id, approve ? 'verified' : 'declined', admin.id]);
      await this.audit.record(
        {
          actorId: admin.id,
          action: approve ? 'organisation.verify' : 'organisation.decline',
          targetType: 'organisation',
          targetId: id,
          reason: approve ? 'Organisation checked by an admin' : 'Organisation declined by an admin',
          details: { serviceKind: o.service_kind, areaCode: o.area_code },
        },
        tx,
      );
    });
    return this.one(admin, id);
  }

  /** A member of a verified organisation (or an admin) adds a colleague by handle. Audited. */
  async addMember(viewer: AuthUser, organisationId: string, handle: string): Promise<CareOrganisationObject> {
    if (viewer.role !== 'admin') await this.assertResponder(viewer, organisationId);
    const [user]: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE lower(handle) = lower($1)`, [handle]);
    if (!user) throw notFound('That member');
    const [o]: { id: string }[] = await this.db.query(`SELECT id FROM organisations WHERE id = $1`, [organisationId]);
    if (!o) throw notFound('That organisation');
    await this.db.transaction(async (tx) => {
      const added = await tx.query(
        `INSERT INTO organisation_members (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [organisationId, user.id],
      );
      if (!added.length) throw new AppError('ALREADY_ORGANISATION_MEMBER', `${handle} already answers for this organisation.`);
      await this.audit.record(
        { actorId: viewer.id, action: 'organisation.member.add', targetType: 'organisation', targetId: organisationId, reason: 'Member added', details: { userId: user.id } },
        tx,
      );
    });
    return this.one(viewer, organisationId);
  }

  /** For `forbidden` callers: an admin or a verified member of the organisation. */
  async assertConsoleAccess(viewer: AuthUser, organisationId: string): Promise<OrganisationRow> {
    if (viewer.role === 'admin') {
      const [o]: OrganisationRow[] = await this.db.query(`SELECT ${ORGANISATION_COLUMNS('o')} FROM organisations o WHERE o.id = $1`, [organisationId]);
      if (!o) throw notFound('That organisation');
      return o;
    }
    try {
      return await this.assertResponder(viewer, organisationId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_ORGANISATION_MEMBER') throw forbidden('Only the members of this organisation can see its stories to answer.');
      throw e;
    }
  }
}
