import { useParams } from 'react-router-dom';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useModerationCaseQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { CaseView } from '../modules/moderation/components/CaseView';
import { ModeratorsOnly, RequireSignIn } from '../modules/moderation/components/ModerationFrame';
import { REPORT_TARGET_LABELS } from '../modules/moderation/labels';
import { isSiteModerator, MODERATION_ROUTES } from '../modules/moderation/routes';
import { NotFound } from './NotFound';

export function ModerationCasePage() {
  return (
    <RequireSignIn>
      <CaseContent />
    </RequireSignIn>
  );
}

function CaseContent() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const q = useModerationCaseQuery({ id }, { enabled: !!viewer });
  const c = q.data?.moderationCase;
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  const forbidden = q.isError && isErrorCode(q.error, 'FORBIDDEN');
  usePageTitle(
    c
      ? `Case: ${REPORT_TARGET_LABELS[c.targetType]} by ${c.subjectLabel}`
      : q.isPending
        ? 'Loading case'
        : notFound
          ? 'Case not found'
          : forbidden
            ? 'Moderators only'
            : 'Case could not be loaded',
  );

  if (q.isPending) return <Loading label="Loading case…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Case not found">
          <p>We could not find that case. The link may be wrong.</p>
        </NotFound>
      );
    }
    if (forbidden) return <ModeratorsOnly title="Moderation case" />;
    return <ErrorPanel as="h1" title="We couldn’t load this case" error={q.error} onRetry={() => void q.refetch()} />;
  }
  const mc = q.data.moderationCase;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Moderation queue', to: MODERATION_ROUTES.queue },
          { label: `${REPORT_TARGET_LABELS[mc.targetType]} by ${mc.subjectLabel}` },
        ]}
      />
      <CaseView c={mc} siteModerator={isSiteModerator(viewer)} />
    </>
  );
}
