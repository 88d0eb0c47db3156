import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ModerationNav, ModeratorsOnly, RequireSignIn } from '../modules/moderation/components/ModerationFrame';
import { ModerationQueue } from '../modules/moderation/components/ModerationQueue';
import { useModeratorGate } from '../modules/moderation/hooks/useModeratorGate';
import { isSiteModerator } from '../modules/moderation/routes';

export function ModerationQueuePage() {
  usePageTitle('Moderation queue');
  return (
    <RequireSignIn>
      <QueueContent />
    </RequireSignIn>
  );
}

function QueueContent() {
  const { viewer } = useViewer();
  const gate = useModeratorGate(!!viewer);
  if (gate.isPending) return <Loading label="Loading…" />;
  if (gate.forbidden) return <ModeratorsOnly title="Moderation queue" />;
  if (gate.error) return <ErrorPanel as="h1" title="We couldn’t load the queue" error={gate.error} onRetry={gate.refetch} />;
  const summary = gate.summary;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Moderation</p>
        <h1>Moderation queue</h1>
        <p className="lead">
          {isSiteModerator(viewer)
            ? 'Reports and flagged posts from every group.'
            : 'Reports and flagged posts from the groups you moderate.'}{' '}
          Crisis cases come first, then the most reported, then the oldest.
        </p>
        {summary && summary.crisis > 0 ? (
          <p className="notice notice--error">
            <strong>
              {summary.crisis === 1 ? '1 crisis case is' : `${summary.crisis.toLocaleString('en-GB')} crisis cases are`}{' '}
              open.
            </strong>{' '}
            Someone may be at risk: please look at these first.
          </p>
        ) : null}
      </header>
      <ModerationNav />
      <ModerationQueue />
    </>
  );
}
