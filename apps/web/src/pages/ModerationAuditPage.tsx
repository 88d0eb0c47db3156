import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { AuditLog } from '../modules/moderation/components/AuditLog';
import { ModerationNav, ModeratorsOnly, RequireSignIn } from '../modules/moderation/components/ModerationFrame';
import { useModeratorGate } from '../modules/moderation/hooks/useModeratorGate';
import { isSiteModerator } from '../modules/moderation/routes';

export function ModerationAuditPage() {
  usePageTitle('Audit log');
  return (
    <RequireSignIn>
      <AuditContent />
    </RequireSignIn>
  );
}

function AuditContent() {
  const { viewer } = useViewer();
  const gate = useModeratorGate(!!viewer);
  if (gate.isPending) return <Loading label="Loading…" />;
  if (gate.forbidden) return <ModeratorsOnly title="Audit log" />;
  if (gate.error) return <ErrorPanel as="h1" title="We couldn’t load the audit log" error={gate.error} onRetry={gate.refetch} />;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Moderation</p>
        <h1>Audit log</h1>
        <p className="lead">
          Every moderation action, with who took it and why. Entries are never changed or deleted.
          {isSiteModerator(viewer) ? '' : ' You see the entries for the groups you moderate.'}
        </p>
      </header>
      <ModerationNav />
      <AuditLog />
    </>
  );
}
