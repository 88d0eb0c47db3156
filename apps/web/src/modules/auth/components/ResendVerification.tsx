import { useResendVerificationEmailMutation } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';

/** "Send the link again" (the API allows a few an hour and says when to try again). */
export function ResendVerification() {
  const resend = useResendVerificationEmailMutation();
  return (
    <div className="resend-verification">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={resend.isPending || undefined}
        onClick={() => {
          if (!resend.isPending) resend.mutate({});
        }}
      >
        {resend.isPending ? 'Sending…' : 'Send the link again'}
      </button>
      <div role="status">
        {resend.data ? (
          <p className="notice notice--success">
            {resend.data.resendVerificationEmail ? 'We sent a new link. It lasts 24 hours; check your spam folder too.' : 'Your email address is already confirmed.'}
          </p>
        ) : null}
      </div>
      {resend.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(resend.error)}
        </p>
      ) : null}
    </div>
  );
}
