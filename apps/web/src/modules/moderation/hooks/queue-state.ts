import { CASE_STATUSES, REPORT_REASONS, REPORT_TARGETS } from '@kindred/contracts';
import type { CaseStatus, ReportReason, ReportTarget } from '@kindred/contracts';

/**
 * The queue's filters, kept in the address so a view can be shared and returned to:
 *   /moderation?status=resolved&group=<id>&reason=harassment&type=reply&crisis=1
 * Defaults (open cases, everything) are left out.
 */
export interface QueueFilters {
  status: CaseStatus;
  groupId: string | null;
  reason: ReportReason | null;
  targetType: ReportTarget | null;
  crisisOnly: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const group = params.get('group');
  return {
    status: oneOf(CASE_STATUSES, params.get('status')) ?? 'open',
    groupId: group && UUID.test(group) ? group : null,
    reason: oneOf(REPORT_REASONS, params.get('reason')),
    targetType: oneOf(REPORT_TARGETS, params.get('type')),
    crisisOnly: params.get('crisis') === '1',
  };
}

export function writeQueueFilters(f: QueueFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status !== 'open') p.set('status', f.status);
  if (f.groupId) p.set('group', f.groupId);
  if (f.reason) p.set('reason', f.reason);
  if (f.targetType) p.set('type', f.targetType);
  if (f.crisisOnly) p.set('crisis', '1');
  return p;
}

export const isFiltered = (f: QueueFilters) => !!(f.groupId || f.reason || f.targetType || f.crisisOnly);

/** The query's variables (the API's own defaults for what is not set). */
export const queueVariables = (f: QueueFilters, first: number) => ({
  status: f.status,
  first,
  ...(f.groupId ? { groupId: f.groupId } : {}),
  ...(f.reason ? { reason: f.reason } : {}),
  ...(f.targetType ? { targetType: f.targetType } : {}),
  ...(f.crisisOnly ? { crisisOnly: true } : {}),
});
