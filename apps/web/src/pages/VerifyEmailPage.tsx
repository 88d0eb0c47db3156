import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { useVerifyEmailMutation } from '../generated/graphql';
import { isErrorCode } from '../app/graphql-client';
import { describeError } from '../app/ui/errors';
import { FormError } from '../app/ui/FormParts';
import { Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ResendVerification } from '../modules/auth/components/ResendVerification';

/**
 * Where the links in verification and change-of-email mails lead: the token is sent once, and
 * the page says what happened in words (confirmed, or why not and what to do).
 */
export function VerifyEmailPage() {
  usePageTitle('Confirm your email address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmailMutation();
  const queryClient = useQueryClient();
  const { viewer } = useViewer();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    // The token is a credential: keep it out of the address bar and history once read.
    window.history.replaceState(window.history.state, '', WEB_ROUTES.verifyEmail);
    verify.mutate({ token }, { onSuccess: () => void queryClient.invalidateQueries() });
  }, [token, verify, queryClient]);

  const result = verify.data?.verifyEmail;
  const linkProblem = verify.error && isErrorCode(verify.error, 'LINK_EXPIRED', 'LINK_USED', 'LINK_INVALID');

  return (
    <div className="narrow">
      <h1>{result ? (result.changed ? 'Your new email address is confirmed' : 'Your email address is confirmed') : 'Confirm your email address'}</h1>
      {!token && !verify.isPending && !result ? (
        <p className="notice notice--error" role="alert">
          This page needs the link from your email. Open the link in the mail we sent you, or copy all of it into your browser.
        </p>
      ) : null}
      {verify.isPending ? <Loading label="Confirming your email address…" /> : null}
      {result ? (
        <div role="status">
          <p className="lead">
            {result.changed
              ? 'Your Kindred account now uses this address. We told your old address about the change.'
              : 'Thank you. You can now get email digests, and reset your password by email if you ever forget it.'}
          </p>
          <p>
            <Link to={viewer ? WEB_ROUTES.profile : WEB_ROUTES.signIn}>{viewer ? 'Go to your profile' : 'Sign in'}</Link>
          </p>
        </div>
      ) : null}
      {verify.error ? (
        <>
          <FormError message={describeError(verify.error)} />
          {linkProblem && viewer && !viewer.emailVerified ? <ResendVerification /> : null}
          {linkProblem && !viewer ? (
            <p>
              <Link to={WEB_ROUTES.signIn}>Sign in</Link> to have a new link sent.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
