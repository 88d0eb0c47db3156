import { Link, Navigate } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { signInPath } from '../app/ui/navigation';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { IntroducePrompt } from '../modules/onboarding/components/IntroducePrompt';
import { OnboardingSteps } from '../modules/onboarding/components/OnboardingSteps';
import { ONBOARDING_ROUTES } from '../modules/onboarding/routes';

export function WelcomeIntroducePage() {
  usePageTitle('Say hello');
  const { viewer, isLoading } = useViewer();
  if (isLoading) return <Loading label="Checking whether you are signed in…" />;
  if (!viewer) return <Navigate to={signInPath(ONBOARDING_ROUTES.introduce)} replace />;
  return (
    <div className="narrow">
      <OnboardingSteps current={3} />
      <h1>Say hello</h1>
      <IntroducePrompt />
      <div className="onboarding-actions">
        <Link to={WEB_ROUTES.home} className="button">
          Go to your home page
        </Link>
      </div>
    </div>
  );
}
