/**
 * The audit log's search, kept in the address:
 *   /moderation/audit?q=spam&action=content.hide&actor=mo_moderator&type=reply&target=<id>
 *                    &group=<id>&from=2026-01-01&to=2026-01-31
 */
export interface AuditFilters {
  q: string;
  action: string;
  actor: string;
  targetType: string;
  targetId: string;
  groupId: string;
  /** YYYY-MM-DD, local, both ends included ('' when not set). */
  from: string;
  to: string;
}

const KEYS: Record<keyof AuditFilters, string> = {
  q: 'q',
  action: 'action',
  actor: 'actor',
  targetType: 'type',
  targetId: 'target',
  groupId: 'group',
  from: 'from',
  to: 'to',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const validDate = (v: string) => (DATE.test(v) && !Number.isNaN(new Date(`${v}T00:00:00`).getTime()) ? v : '');

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  q: '',
  action: '',
  actor: '',
  targetType: '',
  targetId: '',
  groupId: '',
  from: '',
  to: '',
};

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const get = (k: keyof AuditFilters) => (params.get(KEYS[k]) ?? '').trim().slice(0, 200);
  const group = get('groupId');
  return {
    q: get('q'),
    action: get('action').slice(0, 100),
    actor: get('actor').replace(/^@/, '').slice(0, 40),
    targetType: get('targetType').slice(0, 40),
    targetId: get('targetId').slice(0, 100),
    groupId: UUID.test(group) ? group : '',
    from: validDate(get('from')),
    to: validDate(get('to')),
  };
}

export function writeAuditFilters(f: AuditFilters): URLSearchParams {
  const p = new URLSearchParams();
  (Object.keys(KEYS) as (keyof AuditFilters)[]).forEach((k) => {
    const v = f[k].trim();
    if (v) p.set(KEYS[k], v);
  });
  return p;
}

export const auditFiltered = (f: AuditFilters) => Object.values(f).some((v) => v.trim() !== '');

/** The query's variables: dates become the start of `from` and the end of `to`, local time. */
export function auditVariables(f: AuditFilters, first: number) {
  const startOf = (d: string) => new Date(`${d}T00:00:00`).toISOString();
  const endOf = (d: string) => new Date(`${d}T23:59:59.999`).toISOString();
  return {
    first,
    ...(f.q ? { q: f.q } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actorHandle: f.actor } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.targetId ? { targetId: f.targetId } : {}),
    ...(f.groupId ? { groupId: f.groupId } : {}),
    ...(f.from ? { from: startOf(f.from) } : {}),
    ...(f.to ? { to: endOf(f.to) } : {}),
  };
}
