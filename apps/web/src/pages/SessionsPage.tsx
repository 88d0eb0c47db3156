import { SettingsFrame } from '../modules/account/components/SettingsFrame';
import { SessionList } from '../modules/account/components/SessionList';

export function SessionsPage() {
  return (
    <SettingsFrame
      title="Where you are signed in"
      lead={<p className="lead">If you don’t recognise a device, sign it out and change your password.</p>}
    >
      {() => <SessionList />}
    </SettingsFrame>
  );
}
