import { SettingsFrame } from '../modules/account/components/SettingsFrame';
import { NotificationSettingsForm } from '../modules/notifications/components/NotificationSettingsForm';

export function NotificationSettingsPage() {
  return (
    <SettingsFrame
      title="Notification settings"
      lead={<p className="lead">Choose what Kindred tells you about, and whether to get an email summary.</p>}
    >
      {() => <NotificationSettingsForm />}
    </SettingsFrame>
  );
}
