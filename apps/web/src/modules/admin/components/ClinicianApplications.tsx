import { useRef, useState } from 'react';
import { DataTable } from '../../../app/ui/DataTable';
import { useVerifyClinicianMutation, useInfiniteClinicianApplicationsQuery } from '../../../generated/graphql';
import type { ClinicianApplicationsQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { formatDate } from '../../../app/ui/format';
import { LoadMore } from '../../../app/ui/LoadMore';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';

/** clinicianApplications { nodes { id handle registration organisation appliedAt status } }. */
const PAGE = 20;

/**
 * Clinicians waiting for an administrator to check their registration, oldest first, each with
 * a Verify button. A verified row stays in place (marked as verified) so the list does not
 * jump under the keyboard; the outcome is announced politely.
 */
export function ClinicianApplications() {
  const q = useInfiniteClinicianApplicationsQuery(
    { first: PAGE },
    {
      initialPageParam: {},
      getNextPageParam: (last: ClinicianApplicationsQuery) => nextPageParam(last.clinicianApplications),
    },
  );
  const verify = useVerifyClinicianMutation();
  const announce = useAnnounce();
  const [verifying, setVerifying] = useState<string | null>(null);
  const [verified, setVerified] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<{ handle: string; message: string } | null>(null);
  const cells = useRef(new Map<string, HTMLTableCellElement | null>());

  const pages = q.data?.pages ?? [];
  const applications = pages.flatMap((p) => p.clinicianApplications.nodes);
  const total = pages[0]?.clinicianApplications.totalCount ?? 0;
  const waiting = Math.max(0, total - verified.size);

  const onVerify = (handle: string) => {
    if (verifying) return;
    setVerifying(handle);
    setFailed(null);
    verify.mutate(
      { handle },
      {
        onSuccess: (data) => {
          const who = data.verifyClinician.handle;
          setVerified((s) => new Set(s).add(who));
          announce(`${who} is now a verified clinician.`);
          // The button is gone: keep focus on the row's outcome.
          window.requestAnimationFrame(() => cells.current.get(who)?.focus());
        },
        onError: (e) => setFailed({ handle, message: describeError(e) }),
        onSettled: () => setVerifying(null),
      },
    );
  };

  if (q.isPending) return <Loading label="Loading clinician applications…" />;
  if (q.isError && applications.length === 0) {
    return <ErrorPanel title="We couldn’t load the applications" error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (applications.length === 0) {
    return (
      <EmptyState>
        <p>No clinician is waiting for verification.</p>
      </EmptyState>
    );
  }

  return (
    <>
      <p>
        {waiting === 1 ? '1 clinician is' : `${waiting.toLocaleString('en-GB')} clinicians are`} waiting for verification.
        Check each registration number with the professional register before you verify it.
      </p>
      {failed ? (
        <p className="notice notice--error" role="alert">
          We couldn’t verify {failed.handle}. {failed.message}
        </p>
      ) : null}
      <DataTable className="insight-table admin-applications" caption="Clinician applications, oldest first">
        <thead>
          <tr>
            <th scope="col">Handle</th>
            <th scope="col">Registration number</th>
            <th scope="col">Organisation</th>
            <th scope="col">Applied</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => {
            const done = verified.has(a.handle) || a.status === 'verified';
            return (
              <tr key={a.id}>
                <th scope="row">{a.handle}</th>
                <td>{a.registration ?? <span className="muted">not given</span>}</td>
                <td>{a.organisation ?? <span className="muted">not given</span>}</td>
                <td>
                  <time dateTime={a.appliedAt}>{formatDate(a.appliedAt)}</time>
                </td>
                <td
                  ref={(el) => {
                    cells.current.set(a.handle, el);
                  }}
                  tabIndex={done ? -1 : undefined}
                >
                  {done ? (
                    <span className="badge badge--success">Verified</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onVerify(a.handle)}
                      aria-disabled={verifying !== null || undefined}
                    >
                      {verifying === a.handle ? 'Verifying…' : 'Verify'}
                      <span className="visually-hidden"> {a.handle}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <LoadMore
        shown={applications.length}
        total={total}
        noun="application"
        hasNextPage={q.hasNextPage}
        isFetchingNextPage={q.isFetchingNextPage}
        onLoadMore={() => void q.fetchNextPage()}
      />
    </>
  );
}
