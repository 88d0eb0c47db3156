import { Link, Navigate, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { signInPath } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { ClinicianApplications } from '../modules/admin/components/ClinicianApplications';
import { useViewer } from '../modules/auth/hooks/useViewer';

export function AdminCliniciansPage() {
  usePageTitle('Verify clinicians');
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();

  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load this page" error={error} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname)} replace />;

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Administration</p>
        <h1>Verify clinicians</h1>
        <p className="lead">
          Clinicians who asked for clinician access. Once verified, they can see clinician insights: summaries without
          names of what members who agreed to it report.
        </p>
      </header>
      {viewer.role !== 'admin' ? (
        <div className="notice" role="status">
          <h2 className="notice__title">This page is for administrators</h2>
          <p>
            Only Kindred’s administrators can verify clinicians. <Link to={WEB_ROUTES.home}>Go to the home page</Link>.
          </p>
        </div>
      ) : (
        <ClinicianApplications />
      )}
    </>
  );
}
