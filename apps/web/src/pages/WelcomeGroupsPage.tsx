import { Link, Navigate } from 'react-router-dom';
import { signInPath } from '../app/ui/navigation';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { OnboardingSteps } from '../modules/onboarding/components/OnboardingSteps';
import { SuggestedGroupList } from '../modules/onboarding/components/SuggestedGroupList';
import { ONBOARDING_ROUTES } from '../modules/onboarding/routes';

export function WelcomeGroupsPage() {
  usePageTitle('Groups for you');
  const { viewer, isLoading } = useViewer();
  if (isLoading) return <Loading label="Checking whether you are signed in…" />;
  if (!viewer) return <Navigate to={signInPath(ONBOARDING_ROUTES.groups)} replace />;
  return (
    <div className="narrow">
      <OnboardingSteps current={2} />
      <h1>Groups for you</h1>
      <p className="lead">Join as many as you like; you can leave a group at any time. Private groups let you in once a moderator agrees.</p>
      <SuggestedGroupList />
      <div className="onboarding-actions">
        <Link to={ONBOARDING_ROUTES.introduce} className="button">
          Continue
        </Link>
        <Link to={ONBOARDING_ROUTES.conditions}>Back to your conditions</Link>
      </div>
    </div>
  );
}
