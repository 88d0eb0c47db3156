import { SettingsFrame } from '../modules/account/components/SettingsFrame';
import { DataExport } from '../modules/account/components/DataExport';

export function DataExportPage() {
  return (
    <SettingsFrame title="Download your data" lead={<p className="lead">Your data is yours: take a copy whenever you like.</p>}>
      {() => <DataExport />}
    </SettingsFrame>
  );
}
