import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotificationSettingsQuery, useUpdateNotificationSettingsMutation } from '../../../generated/graphql';
import type { DigestFrequency, NotificationKind, NotificationSettingsQuery } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { CheckboxGroupField, RadioGroupField } from '../../../app/ui/Fields';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { DIGEST_OPTIONS, NOTIFICATION_KIND_OPTIONS, NOTIFICATION_KIND_ORDER } from '../labels';

const KIND_OPTIONS = NOTIFICATION_KIND_ORDER.map((kind) => ({ value: kind, ...NOTIFICATION_KIND_OPTIONS[kind] }));

/** Which kinds of notification the member gets, and how often an email summary is sent. */
export function NotificationSettingsForm() {
  const q = useNotificationSettingsQuery();
  if (q.isPending) return <Loading label="Loading your notification settings…" />;
  if (q.isError) {
    return (
      <ErrorPanel as="h2" title="We couldn’t load your notification settings" error={q.error} onRetry={() => void q.refetch()} />
    );
  }
  return <SettingsForm initial={q.data.notificationSettings} />;
}

function SettingsForm({ initial }: { initial: NotificationSettingsQuery['notificationSettings'] }) {
  const queryClient = useQueryClient();
  const [kinds, setKinds] = useState<NotificationKind[]>(initial.enabledKinds);
  const [digest, setDigest] = useState<DigestFrequency>(initial.digest);
  const [saved, setSaved] = useState(false);
  const update = useUpdateNotificationSettingsMutation();

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate(
      { input: { enabledKinds: kinds, digest } },
      {
        onSuccess: (data) => {
          queryClient.setQueryData<NotificationSettingsQuery>(useNotificationSettingsQuery.getKey(), {
            notificationSettings: data.updateNotificationSettings,
          });
          setKinds(data.updateNotificationSettings.enabledKinds);
          setDigest(data.updateNotificationSettings.digest);
          setSaved(true);
        },
      },
    );
  };

  const changed = () => setSaved(false);

  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate>
      {update.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(update.error)}
        </p>
      ) : null}
      <CheckboxGroupField
        name="notification-kinds"
        legend="Tell me about"
        hint="Untick anything you would rather not hear about. You can change this at any time."
        options={KIND_OPTIONS}
        values={kinds}
        onChange={(next) => {
          // Keep the settings' own order, whatever order they were ticked in.
          setKinds(NOTIFICATION_KIND_ORDER.filter((k) => next.includes(k)));
          changed();
        }}
      />
      <RadioGroupField
        name="notification-digest"
        legend="Email me a summary of unread notifications"
        hint="Sent to your email address, which no one else sees."
        options={DIGEST_OPTIONS}
        value={digest}
        onChange={(next) => {
          setDigest(next);
          changed();
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          {update.isPending ? 'Saving…' : 'Save notification settings'}
        </button>
        <p className="form-status" role="status">
          {saved ? 'Your notification settings have been saved.' : ''}
        </p>
      </div>
    </form>
  );
}
