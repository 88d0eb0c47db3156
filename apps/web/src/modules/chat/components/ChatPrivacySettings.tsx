import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useUpdateChatPrivacyMutation } from '../../../generated/graphql';
import type { MeQuery, ViewerFragment } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { CheckboxField } from '../../../app/ui/Fields';
import { meQueryKey } from '../../auth/hooks/useViewer';

/** What other members see of the viewer in group chats: online, and typing. */
export function ChatPrivacySettings({ me }: { me: ViewerFragment }) {
  const queryClient = useQueryClient();
  const [sharePresence, setSharePresence] = useState(me.sharePresence);
  const [shareTyping, setShareTyping] = useState(me.shareTyping);
  const [saved, setSaved] = useState(false);
  const update = useUpdateChatPrivacyMutation();

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate(
      { input: { sharePresence, shareTyping } },
      {
        onSuccess: (data) => {
          queryClient.setQueryData<MeQuery>(meQueryKey, { me: data.updateChatPrivacy });
          setSharePresence(data.updateChatPrivacy.sharePresence);
          setShareTyping(data.updateChatPrivacy.shareTyping);
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="section panel" aria-labelledby="chat-privacy-title">
      <h2 id="chat-privacy-title" className="panel__title">
        Chat privacy
      </h2>
      <p>Choose what other members of your groups see while you are in a chat. Changes apply at once.</p>
      <form className="form form--compact" onSubmit={onSubmit} noValidate>
        {update.error ? (
          <p className="notice notice--error" role="alert">
            {describeError(update.error)}
          </p>
        ) : null}
        <CheckboxField
          id="chat-share-presence"
          name="sharePresence"
          label="Show me as online in chat"
          hint="Your handle appears in the chat’s “online” list while you have it open."
          checked={sharePresence}
          onChange={(e) => {
            setSharePresence(e.target.checked);
            setSaved(false);
          }}
        />
        <CheckboxField
          id="chat-share-typing"
          name="shareTyping"
          label="Show when I am typing"
          hint="Others see “… is typing” while you write a message."
          checked={shareTyping}
          onChange={(e) => {
            setShareTyping(e.target.checked);
            setSaved(false);
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
            {update.isPending ? 'Saving…' : 'Save chat privacy'}
          </button>
          <p className="form-status" role="status">
            {saved ? 'Your chat privacy settings have been saved.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
