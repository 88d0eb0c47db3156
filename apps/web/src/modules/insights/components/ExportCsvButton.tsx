import { useState } from 'react';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { useConditionInsightsCsvQuery } from '../../../generated/graphql';
import type { ConditionInsightsCsvQueryVariables } from '../../../generated/graphql';
import { downloadText } from '../hooks/downloadCsv';

/**
 * Downloads the dashboard as CSV (conditionInsightsCsv: the same published numbers, with the
 * period, the rules and the time computed in its first lines).
 */
export function ExportCsvButton({ variables, fileName }: { variables: ConditionInsightsCsvQueryVariables; fileName: string }) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onClick = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const data = await useConditionInsightsCsvQuery.fetcher(variables)();
      downloadText(data.conditionInsightsCsv, fileName);
      announce(`Downloading ${fileName}.`);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="insights-export">
      <button type="button" className="button button--secondary" onClick={() => void onClick()} aria-disabled={busy || undefined}>
        {busy ? 'Preparing the CSV…' : 'Download as CSV'}
      </button>
      <p className="small muted insights-export__hint">
        A spreadsheet file with the same numbers, the period and the rules: <code>{fileName}</code>
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          We couldn’t prepare the CSV. {error}
        </p>
      ) : null}
    </div>
  );
}
