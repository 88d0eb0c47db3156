import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  useClaimModerationCaseMutation,
  useModerationCaseQuery,
  useReleaseModerationCaseMutation,
} from '../../../generated/graphql';
import type { ContentSnapshotFieldsFragment, ModerationCaseDetailFragment } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError } from '../../../app/ui/errors';
import { FormError } from '../../../app/ui/FormParts';
import { formatDateTime, plural } from '../../../app/ui/format';
import { memberPath } from '../../members/routes';
import { focusWhenReady } from '../../threads/hooks/focus';
import { invalidateModeration } from '../hooks/invalidate';
import {
  CASE_SOURCE_LABELS,
  MODERATION_STATE_LABELS,
  REPORT_REASON_LABELS,
  REPORT_TARGET_LABELS,
  resolutionLabel,
} from '../labels';
import { AuditEntryList } from './AuditEntryList';
import { CaseActions } from './CaseActions';
import { CrisisBadge } from './ModerationQueue';
import { CASE_TITLE_ID } from '../ids';

const CLAIM_ID = 'case-claim';

/**
 * One case: the content as reported and as it is now (plain text, never HTML), where it is,
 * every report, what has been done, the claim, and the action form.
 */
export function CaseView({ c, siteModerator }: { c: ModerationCaseDetailFragment; siteModerator: boolean }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const claim = useClaimModerationCaseMutation();
  const release = useReleaseModerationCaseMutation();
  const [claimError, setClaimError] = useState<string | null>(null);
  const what = REPORT_TARGET_LABELS[c.targetType];
  const open = c.status === 'open';

  const put = (next: ModerationCaseDetailFragment) => {
    queryClient.setQueryData(useModerationCaseQuery.getKey({ id: c.id }), { moderationCase: next });
    void invalidateModeration(queryClient, c.id);
  };

  const onClaim = () => {
    if (claim.isPending) return;
    setClaimError(null);
    claim.mutate(
      { id: c.id },
      {
        onSuccess: (data) => {
          put(data.claimModerationCase);
          announce('You have claimed this case. Other moderators can see you are handling it.');
          focusWhenReady([CLAIM_ID]);
        },
        onError: (e) => {
          setClaimError(describeError(e));
          if (isErrorCode(e, 'CASE_CLAIMED', 'CASE_RESOLVED')) void invalidateModeration(queryClient, c.id);
        },
      },
    );
  };

  const onRelease = () => {
    if (release.isPending) return;
    setClaimError(null);
    release.mutate(
      { id: c.id },
      {
        onSuccess: (data) => {
          put(data.releaseModerationCase);
          announce('You have released this case for another moderator.');
          focusWhenReady([CLAIM_ID]);
        },
        onError: (e) => setClaimError(describeError(e)),
      },
    );
  };

  const heldByOther = open && !!c.claimedBy && !c.viewerHasClaim;

  return (
    <article aria-labelledby={CASE_TITLE_ID}>
      <header className="page-header">
        <p className="eyebrow">Moderation case</p>
        <h1 id={CASE_TITLE_ID} tabIndex={-1}>
          {what} by {c.subjectLabel}
        </h1>
        <p className="page-header__meta">
          {c.crisis ? <CrisisBadge /> : null}
          <Badge tone={open ? 'warning' : 'success'}>{open ? 'Open' : 'Resolved'}</Badge>
          {c.group ? <span>In {c.group.name}</span> : null}
          <span>
            Opened <time dateTime={c.openedAt}>{formatDateTime(c.openedAt)}</time>
          </span>
          {c.resolvedAt ? (
            <span>
              Resolved <time dateTime={c.resolvedAt}>{formatDateTime(c.resolvedAt)}</time>
              {c.resolution ? `: ${resolutionLabel(c.resolution).toLowerCase()}` : ''}
            </span>
          ) : null}
        </p>
        {c.crisis ? (
          <p className="notice notice--error">
            <strong>Someone may be at risk.</strong> Check the content now. The author has been shown help lines
            privately. If a life is in danger, follow the crisis procedure.
          </p>
        ) : null}
        <p className="case-meta">
          <span>Why it is here: {c.sources.map((s) => CASE_SOURCE_LABELS[s] ?? s).join('; ') || 'Reported'}</span>
          <span>{c.reporterCount > 0 ? plural(c.reporterCount, 'member') + ' reported it' : 'No member reports'}</span>
        </p>
      </header>

      <section className="section panel panel--moderator" aria-labelledby="case-claim-title">
        <h2 id="case-claim-title" className="panel__title">
          Who is handling it
        </h2>
        <p id={CLAIM_ID} tabIndex={-1}>
          {!open
            ? 'This case is resolved.'
            : c.viewerHasClaim
              ? `You claimed this case${c.claimedAt ? ` at ${formatDateTime(c.claimedAt)}` : ''}. Claims lapse after 30 minutes.`
              : c.claimedBy
                ? `${c.claimedBy.handle} is handling this case${c.claimedAt ? ` since ${formatDateTime(c.claimedAt)}` : ''}. Their claim lapses after 30 minutes.`
                : 'No one is handling this case yet. Claim it so other moderators know you are on it.'}
        </p>
        <FormError message={claimError} />
        {open ? (
          <p className="button-row">
            {c.viewerHasClaim ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={onRelease}
                aria-disabled={release.isPending || undefined}
              >
                {release.isPending ? 'Releasing…' : 'Release this case'}
              </button>
            ) : (
              <button type="button" className="button" onClick={onClaim} aria-disabled={claim.isPending || undefined}>
                {claim.isPending ? 'Claiming…' : heldByOther ? 'Try to claim this case' : 'Claim this case'}
              </button>
            )}
          </p>
        ) : null}
      </section>

      <section className="section" aria-labelledby="case-content-title">
        <h2 id="case-content-title">The content</h2>
        <p>
          <Link to={c.contextUrl}>
            See it in context<span className="visually-hidden"> ({what.toLowerCase()} by {c.subjectLabel})</span>
          </Link>
          {c.subject ? (
            <>
              {' · '}
              <Link to={memberPath(c.subject.handle)}>{c.subject.handle}’s profile</Link>
            </>
          ) : null}
        </p>
        <div className="case-content">
          <Snapshot heading="As reported" snapshot={c.snapshot} />
          {c.current ? (
            <Snapshot heading="Now" snapshot={c.current} />
          ) : (
            <div className="snapshot">
              <h3 className="snapshot__title">Now</h3>
              <p className="muted">This content no longer exists (its author deleted it, or left Kindred).</p>
            </div>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="case-reports-title">
        <h2 id="case-reports-title">
          Reports <span className="count">({c.reports.length.toLocaleString('en-GB')})</span>
        </h2>
        {c.reasons.length > 0 ? (
          <p className="queue-item__badges">
            {c.reasons.map((r) => (
              <Badge key={r.reason} tone={r.reason === 'crisis' ? 'warning' : 'neutral'}>
                {REPORT_REASON_LABELS[r.reason]} × {r.count}
              </Badge>
            ))}
          </p>
        ) : null}
        {c.reports.length === 0 ? (
          <p className="muted">No member has reported it: Kindred flagged it automatically.</p>
        ) : (
          <ul className="case-reports">
            {c.reports.map((r) => (
              <li key={r.id} className="case-report">
                <p className="case-meta">
                  <strong>{REPORT_REASON_LABELS[r.reason]}</strong>
                  <span>by {r.reporter?.handle ?? 'former member'}</span>
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                </p>
                {r.note.trim() ? <p className="case-report__note">{r.note}</p> : <p className="muted small">No note.</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <CaseActions c={c} siteModerator={siteModerator} heldByOther={heldByOther} onDone={put} />

      <section className="section" aria-labelledby="case-history-title">
        <h2 id="case-history-title">History</h2>
        {c.history.length === 0 ? (
          <p className="muted">Nothing has been done yet.</p>
        ) : (
          <AuditEntryList entries={c.history} label="What has been done, newest first" />
        )}
      </section>
    </article>
  );
}

function Snapshot({ heading, snapshot: s }: { heading: string; snapshot: ContentSnapshotFieldsFragment }) {
  return (
    <div className="snapshot">
      <h3 className="snapshot__title">{heading}</h3>
      <p className="case-meta">
        <span>By {s.authorLabel}</span>
        <span>{MODERATION_STATE_LABELS[s.state]}</span>
        <span>
          As of <time dateTime={s.capturedAt}>{formatDateTime(s.capturedAt)}</time>
        </span>
      </p>
      {s.title ? <p className="snapshot__heading-title">{s.title}</p> : null}
      {s.body.trim() ? <p className="snapshot__body">{s.body}</p> : <p className="muted">No text.</p>}
    </div>
  );
}
