import type { AuditEntryFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../app/ui/format';
import { auditActionLabel } from '../labels';

/** Audit entries as a list: when, who, what, on what, and why. */
export function AuditEntryList({ entries, label }: { entries: readonly AuditEntryFieldsFragment[]; label: string }) {
  return (
    <ul className="case-history" aria-label={label}>
      {entries.map((e) => (
        <li key={e.id} className="case-history__item">
          <p className="case-meta">
            <strong>{auditActionLabel(e.action)}</strong>
            <span>by {e.actor?.handle ?? e.actorLabel}</span>
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
          </p>
          {e.reason.trim() ? <p className="case-report__note">{e.reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
