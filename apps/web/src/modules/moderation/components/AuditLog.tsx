import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useInfiniteAuditLogQuery } from '../../../generated/graphql';
import type { AuditLogQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { DataTable } from '../../../app/ui/DataTable';
import { SelectField, TextField } from '../../../app/ui/Fields';
import { formatDateTime, plural } from '../../../app/ui/format';
import { auditFiltered, auditVariables, EMPTY_AUDIT_FILTERS, readAuditFilters, writeAuditFilters } from '../hooks/audit-state';
import type { AuditFilters } from '../hooks/audit-state';
import { useModeratedGroups } from '../hooks/useModeratedGroups';
import { AUDIT_ACTION_OPTIONS, auditActionLabel } from '../labels';
import { isAuditLogAction } from '@kindred/contracts';
import { MODERATION_ROUTES } from '../routes';
import { PagedResults } from './PagedResults';

/** auditLog { nodes { ...AuditEntryFields } }: 25 entries a page. */
const PAGE = 25;
const RESULTS_ID = 'audit-results';

const TARGET_TYPES: readonly { value: string; label: string }[] = [
  { value: 'thread', label: 'Threads' },
  { value: 'reply', label: 'Replies' },
  { value: 'chat_message', label: 'Chat messages' },
  { value: 'experience_report', label: 'What-works reports' },
  { value: 'member', label: 'Members' },
  { value: 'user', label: 'Accounts' },
  { value: 'group', label: 'Groups' },
];

/**
 * The append-only audit log, newest first: search by words, action, who did it, what it was
 * done to, group and dates. The search is submitted as a whole (it is kept in the address).
 */
export function AuditLog() {
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [dateError, setDateError] = useState<string | null>(null);
  const { groups, nameFor } = useModeratedGroups();
  const q = useInfiniteAuditLogQuery(auditVariables(filters, PAGE), {
    initialPageParam: {},
    getNextPageParam: (last: AuditLogQuery) => nextPageParam(last.auditLog),
  });
  const entries = (q.data?.pages ?? []).flatMap((p) => p.auditLog.nodes);
  const total = q.data?.pages[0]?.auditLog.totalCount ?? 0;
  const filtered = auditFiltered(filters);

  // Back and Forward change the search: the form follows.
  const search = params.toString();
  useEffect(() => setDraft(readAuditFilters(new URLSearchParams(search))), [search]);

  const set = <K extends keyof AuditFilters>(k: K, v: AuditFilters[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError('The “to” date must be the same as or after the “from” date.');
      document.getElementById('audit-to')?.focus();
      return;
    }
    setDateError(null);
    setParams(writeAuditFilters(draft), { preventScrollReset: true });
  };

  const status = !q.isSuccess
    ? null
    : total === 0
      ? filtered
        ? 'No entries match this search.'
        : 'The audit log is empty.'
      : `${plural(total, 'entry', 'entries')}${filtered ? ' match this search' : ''}.`;

  return (
    <>
      <section className="section" aria-labelledby="audit-search-title">
        <h2 id="audit-search-title">Search the log</h2>
        <form role="search" aria-label="Audit log" className="filter-panel audit-filters" onSubmit={onSubmit} noValidate>
          <TextField id="audit-q" label="Words" hint="In the reason, action or target." value={draft.q} onChange={(e) => set('q', e.target.value)} />
          <TextField
            id="audit-action"
            label="Action"
            hint="For example content.hide"
            list="audit-action-list"
            value={draft.action}
            onChange={(e) => set('action', e.target.value)}
            autoComplete="off"
          />
          <datalist id="audit-action-list">
            {AUDIT_ACTION_OPTIONS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </datalist>
          <TextField
            id="audit-actor"
            label="Done by (handle)"
            value={draft.actor}
            onChange={(e) => set('actor', e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField id="audit-type" label="Done to" value={draft.targetType} onChange={(e) => set('targetType', e.target.value)}>
            <option value="">Anything</option>
            {TARGET_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <TextField
            id="audit-target"
            label="Target id"
            value={draft.targetId}
            onChange={(e) => set('targetId', e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField id="audit-group" label="Group" value={draft.groupId} onChange={(e) => set('groupId', e.target.value)}>
            <option value="">All my groups</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
          <TextField id="audit-from" label="From" type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />
          <TextField
            id="audit-to"
            label="To"
            type="date"
            error={dateError}
            value={draft.to}
            onChange={(e) => set('to', e.target.value)}
          />
          <div className="form-actions audit-filters__actions">
            <button type="submit" className="button">
              Search the log
            </button>
            {filtered ? (
              <Link
                to={MODERATION_ROUTES.audit}
                onClick={() => setDraft(EMPTY_AUDIT_FILTERS)}
              >
                Clear the search
              </Link>
            ) : null}
          </div>
        </form>
      </section>

      <section className="section" aria-labelledby="audit-results-title">
        <h2 id="audit-results-title">Entries</h2>
        <PagedResults
          id={RESULTS_ID}
          query={q}
          status={status}
          shown={entries.length}
          total={total}
          noun="entry"
          nounPlural="entries"
          loadingLabel="Loading the audit log…"
          errorTitle="We couldn’t load the audit log"
          empty={<p>{filtered ? 'Nothing in the log matches this search.' : 'Nothing has been logged yet.'}</p>}
        >
          <DataTable caption="Audit log, newest first" className="insight-table audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Done to</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                  </th>
                  <td>{e.actor?.handle ?? e.actorLabel}</td>
                  <td>
                    {auditActionLabel(e.action)}
                    {isAuditLogAction(e.action) ? <span className="small muted"> ({e.action})</span> : null}
                  </td>
                  <td>
                    {e.targetType} <code className="small">{e.targetId}</code>
                    {e.groupId && nameFor(e.groupId) ? <span className="small muted"> in {nameFor(e.groupId)}</span> : null}
                  </td>
                  <td>{e.reason || <span className="muted">none given</span>}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </PagedResults>
      </section>
    </>
  );
}
