import { useAccountSecurityQuery } from '../generated/graphql';
import { ErrorPanel, Loading } from '../app/ui/States';
import { SettingsFrame } from '../modules/account/components/SettingsFrame';
import { ChangePasswordForm } from '../modules/account/components/ChangePasswordForm';
import { EmailSettings } from '../modules/account/components/EmailSettings';
import { TwoFactorSettings } from '../modules/account/components/TwoFactorSettings';

function SecuritySettings() {
  const q = useAccountSecurityQuery();
  if (q.isPending) return <Loading label="Loading your sign-in settings…" />;
  if (q.isError || !q.data.me) return <ErrorPanel as="h2" title="We couldn’t load your sign-in settings" error={q.error} onRetry={() => void q.refetch()} />;
  const me = q.data.me;
  return (
    <>
      <EmailSettings me={me} />
      <ChangePasswordForm />
      <TwoFactorSettings security={me.security} />
    </>
  );
}

export function SecurityPage() {
  return (
    <SettingsFrame title="Sign-in and security" lead={<p className="lead">Your email address, your password and two-factor sign-in.</p>}>
      {() => <SecuritySettings />}
    </SettingsFrame>
  );
}
