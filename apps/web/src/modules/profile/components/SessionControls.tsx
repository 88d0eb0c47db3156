import { describeError } from '../../../app/ui/errors';
import { useSignOut } from '../../auth/hooks/useSession';

export function SessionControls() {
  const { signOut, signOutEverywhere, isPending, error } = useSignOut();
  return (
    <section className="section panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="panel__title">
        Signing out
      </h2>
      <p>
        Lost a phone, or signed in on a shared computer? “Sign out everywhere” ends every session of your account,
        including this one.
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <p className="button-row">
        <button type="button" className="button" onClick={signOut} aria-disabled={isPending || undefined}>
          Sign out
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={signOutEverywhere}
          aria-disabled={isPending || undefined}
        >
          Sign out everywhere
        </button>
      </p>
    </section>
  );
}
