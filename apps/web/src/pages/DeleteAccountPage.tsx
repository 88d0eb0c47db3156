import { SettingsFrame } from '../modules/account/components/SettingsFrame';
import { DeleteAccountForm } from '../modules/account/components/DeleteAccountForm';

export function DeleteAccountPage() {
  return (
    <SettingsFrame
      title="Delete your account"
      lead={<p className="lead">You can leave Kindred whenever you want. Here is what that means for what you wrote.</p>}
    >
      {(viewer) => <DeleteAccountForm me={viewer} />}
    </SettingsFrame>
  );
}
