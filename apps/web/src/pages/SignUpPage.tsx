import { useRef } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { safeNext, signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { SignUpForm } from '../modules/auth/components/SignUpForm';
import { useOnSignedIn } from '../modules/auth/hooks/useSession';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ONBOARDING_ROUTES } from '../modules/onboarding/routes';

export function SignUpPage() {
  usePageTitle('Sign up');
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  // A new member starts with the first steps (conditions, groups, hello), unless they came for a page.
  const next = safeNext(rawNext, ONBOARDING_ROUTES.conditions);
  const { viewer, isLoading } = useViewer();
  const onSignedIn = useOnSignedIn();
  const registered = useRef(false);

  if (viewer) {
    const flash = registered.current
      ? `Welcome to Kindred, ${viewer.handle}. A few quick steps to find your people: each one can be skipped.`
      : `You are already signed in as ${viewer.handle}.`;
    return <Navigate to={next} replace state={{ flash } satisfies FlashState} />;
  }

  return (
    <div className="narrow">
      <h1>Create your Kindred account</h1>
      <p className="lead">
        It’s free. You choose a handle: that is the only thing other members see.
      </p>
      {isLoading ? (
        <Loading label="Checking whether you are signed in…" />
      ) : (
        <SignUpForm
          onRegistered={(me) => {
            registered.current = true;
            onSignedIn(me);
          }}
        />
      )}
      <p className="after-form">
        Already have an account? <Link to={signInPath(rawNext ?? undefined)}>Sign in</Link>
      </p>
    </div>
  );
}
