import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataExportQuery, useDataExportsQuery, useRequestDataExportMutation } from '../../../generated/graphql';
import type { DataExportFieldsFragment } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime } from '../../../app/ui/format';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';

/** How often a running export is asked about. */
const POLL_MS = 1_000;

const inProgress = (e: Pick<DataExportFieldsFragment, 'status'>) => e.status === 'queued' || e.status === 'running';

/** "12.3 KB", "1.4 MB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const STATUS_LABELS: Record<string, string> = {
  queued: 'Waiting to start',
  running: 'Being prepared',
  ready: 'Ready',
  failed: 'Failed',
};

/**
 * "Download my data": asks for an archive of everything Kindred holds about the member, shows
 * its progress (asked every second) until it is ready, then offers it as a download. Recent
 * archives are listed below until they expire.
 */
export function DataExport() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const list = useDataExportsQuery();
  const request = useRequestDataExportMutation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const announcedFor = useRef<string | null>(null);

  // One still being made (from an earlier visit): follow it.
  const running = list.data?.dataExports.find(inProgress);
  const followId = activeId ?? running?.id ?? null;

  const active = useDataExportQuery(
    { id: followId ?? '' },
    {
      enabled: !!followId,
      staleTime: 0,
      refetchInterval: (query) => (query.state.data && !inProgress(query.state.data.dataExport) ? false : POLL_MS),
    },
  );
  const current = active.data?.dataExport ?? null;
  const status = current?.status;

  useEffect(() => {
    if (!current || inProgress(current) || announcedFor.current === current.id) return;
    announcedFor.current = current.id;
    announce(
      current.status === 'ready'
        ? 'Your archive is ready. Use the “Download your archive” link to save it.'
        : 'Your archive could not be made. Please try again.',
    );
    void queryClient.invalidateQueries({ queryKey: useDataExportsQuery.getKey() });
  }, [current, status, announce, queryClient]);

  const onRequest = () => {
    if (request.isPending || (current && inProgress(current))) return;
    request.mutate(
      {},
      {
        onSuccess: (data) => {
          const e = data.requestDataExport;
          queryClient.setQueryData(useDataExportQuery.getKey({ id: e.id }), { dataExport: e });
          announcedFor.current = inProgress(e) ? null : e.id;
          setActiveId(e.id);
          announce('Preparing your archive. This page shows how far it has got.');
          void queryClient.invalidateQueries({ queryKey: useDataExportsQuery.getKey() });
        },
      },
    );
  };

  const busy = request.isPending || (!!current && inProgress(current));
  const exports = list.data?.dataExports ?? [];

  return (
    <>
      <section className="section panel" aria-labelledby="export-title">
        <h2 id="export-title" className="panel__title">
          Get a copy of your data
        </h2>
        <p>
          The archive is a zip file with everything Kindred holds about you: your account, posts, replies, chat messages,
          reports, consents, groups and notifications, as data (JSON) and as a page you can read in any browser.
        </p>
        <p className="small">Only you can download it, while you are signed in. Each archive is kept for a short time, then removed.</p>
        {request.error ? (
          <p className="notice notice--error" role="alert">
            {describeError(request.error)}
          </p>
        ) : null}
        <p className="button-row">
          <button type="button" className="button" onClick={onRequest} aria-disabled={busy || undefined}>
            {request.isPending ? 'Starting…' : 'Download my data'}
          </button>
        </p>
        {active.isError && !current ? (
          <ErrorPanel as="h3" title="We couldn’t check on your archive" error={active.error} onRetry={() => void active.refetch()} />
        ) : null}
        {current ? <ExportProgress item={current} /> : null}
      </section>

      <section className="section" aria-labelledby="exports-title">
        <h2 id="exports-title">Recent archives</h2>
        {list.isPending ? (
          <Loading label="Loading your archives…" />
        ) : list.isError ? (
          <ErrorPanel as="h3" title="We couldn’t load your archives" error={list.error} onRetry={() => void list.refetch()} />
        ) : exports.length === 0 ? (
          <EmptyState>
            <p>You haven’t asked for an archive yet.</p>
          </EmptyState>
        ) : (
          <ul className="export-list" aria-labelledby="exports-title">
            {exports.map((e) => (
              <li key={e.id} className="export">
                <p className="export__what">
                  Archive asked for on {formatDateTime(e.createdAt)}{' '}
                  <Badge tone={e.status === 'ready' ? 'success' : e.status === 'failed' ? 'warning' : 'neutral'}>
                    {STATUS_LABELS[e.status] ?? e.status}
                  </Badge>
                </p>
                <p className="small export__when">
                  {e.status === 'ready' ? `${formatBytes(e.bytes)} · available until ${formatDateTime(e.expiresAt)}` : null}
                  {inProgress(e) ? `${e.progress}% done` : null}
                </p>
                {e.status === 'ready' && e.downloadUrl ? (
                  <a href={e.downloadUrl} download className="export__download">
                    Download<span className="visually-hidden"> the archive from {formatDateTime(e.createdAt)}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The archive being made: a labelled progress bar, then the download link. */
function ExportProgress({ item }: { item: DataExportFieldsFragment }) {
  if (item.status === 'failed') {
    return (
      <p className="notice notice--error" role="alert">
        Your archive could not be made. Please try again.
      </p>
    );
  }
  if (item.status === 'ready' && item.downloadUrl) {
    return (
      <div className="notice notice--success export-ready">
        <p>Your archive is ready ({formatBytes(item.bytes)}).</p>
        <p>
          <a href={item.downloadUrl} download className="button">
            Download your archive
          </a>
        </p>
        <p className="small">It can be downloaded until {formatDateTime(item.expiresAt)}.</p>
      </div>
    );
  }
  return (
    <div className="export-progress">
      <label htmlFor="export-progress" className="field-label">
        Preparing your archive
      </label>
      <progress id="export-progress" max={100} value={item.progress}>
        {item.progress}%
      </progress>
      <p className="small" aria-hidden="true">
        {item.progress}% done
      </p>
    </div>
  );
}
