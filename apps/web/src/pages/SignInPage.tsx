import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { safeNext, signUpPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { useOnSignedIn } from '../modules/auth/hooks/useSession';
import { useViewer } from '../modules/auth/hooks/useViewer';

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  // Without a `next`, a member lands on their home page.
  const next = safeNext(rawNext, WEB_ROUTES.home);
  const { viewer, isLoading } = useViewer();
  const signedIn = useOnSignedIn();
  const [usedRecoveryCode, setUsedRecoveryCode] = useState(false);
  const onSignedIn = (me: Parameters<typeof signedIn>[0], how?: { recoveryCode: boolean }) => {
    setUsedRecoveryCode(!!how?.recoveryCode);
    signedIn(me);
  };

  // Signed in with a recovery code: the phone may be lost, so set two-factor up again first.
  if (viewer && usedRecoveryCode) {
    return (
      <Navigate
        to={WEB_ROUTES.security}
        replace
        state={{ flash: 'You signed in with a recovery code, which now no longer works. If you lost your phone, set up two-factor sign-in again below.' } satisfies FlashState}
      />
    );
  }

  // Signed in (just now, or already): carry on to where they were going.
  if (viewer) {
    return <Navigate to={next} replace state={{ flash: `Welcome back, ${viewer.handle}.` } satisfies FlashState} />;
  }

  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {rawNext ? <p className="lead">Sign in to carry on where you were.</p> : null}
      {isLoading ? <Loading label="Checking whether you are signed in…" /> : <SignInForm onSignedIn={onSignedIn} />}
      <p className="after-form">
        <Link to={WEB_ROUTES.forgotPassword}>Forgot your password?</Link>
      </p>
      <p className="after-form">
        New to Kindred? <Link to={signUpPath(rawNext ?? undefined)}>Create an account</Link>
      </p>
    </div>
  );
}
