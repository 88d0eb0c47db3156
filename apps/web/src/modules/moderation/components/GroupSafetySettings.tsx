import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS, WATCHED_WORD_ACTIONS } from '@kindred/contracts';
import type { WatchedWordAction } from '@kindred/contracts';
import {
  useAddWatchedWordMutation,
  useGroupSafetyQuery,
  useRemoveWatchedWordMutation,
  useSetGroupApproveNewMembersMutation,
  useWatchedWordsQuery,
} from '../../../generated/graphql';
import type { GroupSafetyQuery, WatchedWordsQuery } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError, formErrorsFrom } from '../../../app/ui/errors';
import { RadioGroupField, TextField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { formatDate } from '../../../app/ui/format';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { focusWhenReady } from '../../threads/hooks/focus';

const WATCHED_WORD_ACTION_OPTIONS: readonly { value: WatchedWordAction; label: string; hint: string }[] = [
  { value: 'flag', label: 'Flag', hint: 'The post goes up, and a case opens in the moderation queue.' },
  { value: 'approve', label: 'Hold for approval', hint: 'The post waits until a moderator approves it.' },
  { value: 'block', label: 'Block', hint: 'The post is refused, and its author is told which word to change.' },
];

const ACTION_LABELS = Object.fromEntries(WATCHED_WORD_ACTION_OPTIONS.map((o) => [o.value, o.label])) as Record<
  WatchedWordAction,
  string
>;

const PHRASE_ID = 'watched-word-phrase';
const APPROVE_ID = 'approve-new-members';

/** A group's safety settings, for its moderators: approving new members' first posts, and watched words. */
export function GroupSafetySettings({ groupId, slug, approveNewMembers }: { groupId: string; slug: string; approveNewMembers: boolean }) {
  return (
    <>
      <ApproveNewMembers groupId={groupId} slug={slug} enabled={approveNewMembers} />
      <WatchedWords groupId={groupId} slug={slug} />
    </>
  );
}

function ApproveNewMembers({ groupId, slug, enabled }: { groupId: string; slug: string; enabled: boolean }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const set = useSetGroupApproveNewMembersMutation();
  const [error, setError] = useState<string | null>(null);

  const toggle = () => {
    if (set.isPending) return;
    setError(null);
    set.mutate(
      { groupId, enabled: !enabled },
      {
        onSuccess: (data) => {
          const on = data.setGroupApproveNewMembers.approveNewMembers;
          queryClient.setQueryData<GroupSafetyQuery>(useGroupSafetyQuery.getKey({ slug }), (old) =>
            old ? { ...old, group: { ...old.group, approveNewMembers: on } } : old,
          );
          announce(on ? 'New members’ first posts now wait for approval.' : 'New members’ posts now go up at once.');
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };

  return (
    <section className="section panel panel--moderator" aria-labelledby="approve-title">
      <h2 id="approve-title" className="panel__title">
        New members
      </h2>
      <p>
        {enabled
          ? 'On: a new member’s first posts in this group wait for a moderator’s approval before others see them.'
          : 'Off: new members’ posts go up at once.'}
      </p>
      <FormError message={error} />
      <button
        id={APPROVE_ID}
        type="button"
        className="button button--secondary"
        role="switch"
        aria-checked={enabled}
        aria-describedby="approve-title"
        onClick={toggle}
        aria-disabled={set.isPending || undefined}
      >
        Approve new members’ first posts
      </button>
    </section>
  );
}

function WatchedWords({ groupId, slug }: { groupId: string; slug: string }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const q = useWatchedWordsQuery({ slug });
  const add = useAddWatchedWordMutation();
  const remove = useRemoveWatchedWordMutation();
  const [phrase, setPhrase] = useState('');
  const [action, setAction] = useState<WatchedWordAction>('flag');
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const key = useWatchedWordsQuery.getKey({ slug });
  const words = q.data?.group.watchedWords ?? [];

  const patch = (change: (list: WatchedWordsQuery['group']['watchedWords']) => WatchedWordsQuery['group']['watchedWords']) =>
    queryClient.setQueryData<WatchedWordsQuery>(key, (old) =>
      old ? { ...old, group: { ...old.group, watchedWords: change(old.group.watchedWords) } } : old,
    );

  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (add.isPending) return;
    const p = phrase.trim();
    setFormError(null);
    if (p.length < LIMITS.watchedWordMin || p.length > LIMITS.watchedWordMax) {
      setPhraseError(`A watched word or phrase has ${LIMITS.watchedWordMin} to ${LIMITS.watchedWordMax} characters.`);
      document.getElementById(PHRASE_ID)?.focus();
      return;
    }
    setPhraseError(null);
    add.mutate(
      { input: { groupId, phrase: p, action } },
      {
        onSuccess: (data) => {
          patch((list) => [...list.filter((w) => w.id !== data.addWatchedWord.id), data.addWatchedWord]);
          setPhrase('');
          announce(`“${data.addWatchedWord.phrase}” added to the watched words.`);
          document.getElementById(PHRASE_ID)?.focus();
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['phrase'] as const);
          setPhraseError(fields.phrase ?? null);
          setFormError(form);
          document.getElementById(PHRASE_ID)?.focus();
        },
      },
    );
  };

  const onRemove = (id: string, label: string, index: number) => {
    if (removing) return;
    setRemoving(id);
    setRemoveError(null);
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          patch((list) => list.filter((w) => w.id !== id));
          announce(`“${label}” removed from the watched words.`);
          // The next word's button, or the previous one's, or the field to add one.
          const rest = words.filter((w) => w.id !== id);
          const next = rest[Math.min(index, rest.length - 1)];
          focusWhenReady(next ? [`watched-word-remove-${next.id}`, PHRASE_ID] : [PHRASE_ID]);
        },
        onError: (err) => setRemoveError(describeError(err)),
        onSettled: () => setRemoving(null),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="watched-title">
      <h2 id="watched-title">Watched words</h2>
      <p>
        Words or phrases to catch in new threads, replies and chat messages in this group: flag them for review, hold
        the post for approval, or block it.
      </p>
      {q.isPending ? (
        <Loading label="Loading watched words…" />
      ) : q.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load the watched words" error={q.error} onRetry={() => void q.refetch()} />
      ) : words.length === 0 ? (
        <EmptyState>
          <p>No watched words yet.</p>
        </EmptyState>
      ) : (
        <>
          <FormError message={removeError} />
          <ul className="watched-words" aria-label="Watched words">
            {words.map((w, i) => (
              <li key={w.id} className="watched-word">
                <span>
                  <span className="watched-word__phrase">{w.phrase}</span> <Badge tone={w.action === 'block' ? 'warning' : 'neutral'}>{ACTION_LABELS[w.action]}</Badge>{' '}
                  <span className="small muted">added {formatDate(w.createdAt)}</span>
                </span>
                <button
                  id={`watched-word-remove-${w.id}`}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onRemove(w.id, w.phrase, i)}
                  aria-disabled={removing !== null || undefined}
                >
                  {removing === w.id ? 'Removing…' : 'Remove'}
                  <span className="visually-hidden"> “{w.phrase}”</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Add a watched word</h3>
      <form className="form form--compact" onSubmit={onAdd} noValidate>
        <FormError message={formError} />
        <TextField
          id={PHRASE_ID}
          name="phrase"
          label="Word or phrase"
          hint="Matched as a whole word, whatever the capital letters."
          error={phraseError}
          value={phrase}
          onChange={(e) => setPhrase(e.target.value)}
          maxLength={LIMITS.watchedWordMax}
          autoComplete="off"
        />
        <RadioGroupField
          name="watched-word-action"
          legend="What should happen to a post that uses it?"
          options={WATCHED_WORD_ACTION_OPTIONS.filter((o) => (WATCHED_WORD_ACTIONS as readonly string[]).includes(o.value))}
          value={action}
          onChange={setAction}
        />
        <FormActions pending={add.isPending} submitLabel="Add watched word" pendingLabel="Adding…" />
      </form>
    </section>
  );
}
