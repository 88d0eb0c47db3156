import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useConsentHistoryQuery, useMyConsentsQuery, useSetConsentMutation } from '../../../generated/graphql';
import type { ConsentPurpose, MyConsentsQuery } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { CheckboxField } from '../../../app/ui/Fields';
import { formatDateTime } from '../../../app/ui/format';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { invalidateConsents } from '../hooks/invalidate';
import { CONSENT_LABELS, CONSENT_ORDER } from '../labels';

type Consent = MyConsentsQuery['myConsents'][number];

/**
 * "Privacy and consent" on the profile: a switch per purpose (off until the member says yes),
 * when each was last changed, and every change they made, newest first.
 */
export function PrivacyConsentSettings() {
  const consents = useMyConsentsQuery();
  const history = useConsentHistoryQuery();
  // Kept here: the form starts again from the saved choices once they come back.
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  return (
    <section className="section panel" aria-labelledby="consent-title">
      <h2 id="consent-title" className="panel__title">
        Privacy and consent
      </h2>
      <p>
        Choose whether what you share may count, without your name, in summaries for others. Both are off until you say
        yes, and you can change your mind at any time: it applies to every summary worked out afterwards.
      </p>
      {consents.isPending ? (
        <Loading label="Loading your choices…" />
      ) : consents.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load your choices" error={consents.error} onRetry={() => void consents.refetch()} />
      ) : (
        <ConsentForm
          // Start again from what was saved whenever the saved choices change.
          key={consents.data.myConsents.map((c) => `${c.purpose}:${c.granted}:${c.changedAt}`).join('|')}
          consents={consents.data.myConsents}
          onStatus={setStatus}
          onError={setError}
        />
      )}
      {error ? (
        <p className="notice notice--error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <p className="form-status" role="status">
        {status}
      </p>

      <h3 id="consent-history-title" className="consent-history__title">
        Your changes
      </h3>
      {history.isPending ? (
        <Loading label="Loading your changes…" />
      ) : history.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load your changes" error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.consentHistory.length === 0 ? (
        <p className="muted">You have not made any choices yet.</p>
      ) : (
        <ol className="consent-history" aria-labelledby="consent-history-title">
          {history.data.consentHistory.map((h, i) => (
            <li key={`${h.at}-${h.purpose}-${i}`}>
              <time dateTime={h.at}>{formatDateTime(h.at)}</time>: {CONSENT_LABELS[h.purpose][h.granted ? 'yes' : 'no']}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ConsentForm({
  consents,
  onStatus: setStatus,
  onError: setError,
}: {
  consents: readonly Consent[];
  onStatus: (status: string) => void;
  onError: (error: unknown) => void;
}) {
  const queryClient = useQueryClient();
  const setConsent = useSetConsentMutation();
  const saved = (p: ConsentPurpose) => consents.find((c) => c.purpose === p);
  const [choices, setChoices] = useState<Record<ConsentPurpose, boolean>>(() => ({
    clinician_insights: saved('clinician_insights')?.granted ?? false,
    research: saved('research')?.granted ?? false,
  }));
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<ConsentPurpose>>(new Set());

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    // Only what the member changed is sent (each change is kept in the history); a purpose never
    // answered counts as answered once its box has been used, even if it ends up as it was.
    const changed = CONSENT_ORDER.filter(
      (p) => saved(p)?.granted !== choices[p] || (saved(p)?.changedAt == null && touched.has(p)),
    );
    setStatus('');
    setError(null);
    if (changed.length === 0) {
      setStatus('Nothing has changed.');
      return;
    }
    setBusy(true);
    try {
      for (const purpose of changed) await setConsent.mutateAsync({ purpose, granted: choices[purpose] });
      setStatus('Your choices have been saved.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      await invalidateConsents(queryClient);
    }
  };

  return (
    <form className="form form--compact" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Consent choices">
      {CONSENT_ORDER.map((purpose) => {
        const c = saved(purpose);
        const when = c?.changedAt
          ? `Last changed ${formatDateTime(c.changedAt)}.`
          : 'You have not answered yet, so this is off.';
        return (
          <CheckboxField
            key={purpose}
            id={`consent-${purpose}`}
            name={purpose}
            label={CONSENT_LABELS[purpose].label}
            hint={
              <>
                {CONSENT_LABELS[purpose].hint} <span className="consent-when">{when}</span>
              </>
            }
            checked={choices[purpose]}
            onChange={(ev) => {
              const checked = ev.target.checked;
              setChoices((x) => ({ ...x, [purpose]: checked }));
              setTouched((t) => new Set(t).add(purpose));
              setStatus('');
            }}
          />
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : 'Save consent choices'}
        </button>
      </div>
    </form>
  );
}
