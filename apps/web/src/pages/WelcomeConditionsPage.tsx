import { Navigate } from 'react-router-dom';
import { signInPath } from '../app/ui/navigation';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ConditionPicker } from '../modules/onboarding/components/ConditionPicker';
import { OnboardingSteps } from '../modules/onboarding/components/OnboardingSteps';
import { ONBOARDING_ROUTES } from '../modules/onboarding/routes';

export function WelcomeConditionsPage() {
  usePageTitle('Your conditions');
  const { viewer, isLoading } = useViewer();
  if (isLoading) return <Loading label="Checking whether you are signed in…" />;
  if (!viewer) return <Navigate to={signInPath(ONBOARDING_ROUTES.conditions)} replace />;
  return (
    <div className="narrow">
      <OnboardingSteps current={1} />
      <h1>Which conditions matter to you?</h1>
      <p className="lead">
        Choose the conditions you live with or care for, and we will suggest groups of people who know what it is like. This is optional.
      </p>
      <ConditionPicker />
    </div>
  );
}
