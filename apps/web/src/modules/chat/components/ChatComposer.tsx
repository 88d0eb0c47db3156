import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useSafetyCheck } from '../../moderation/hooks/useSafetyCheck';
import { showSupport } from '../../moderation/support-store';

export const COMPOSER_ID = 'chat-composer';

/** Enter does `onEnter`; Shift+Enter is a new line (and nothing happens while an IME composes). */
export function enterSends(e: KeyboardEvent<HTMLTextAreaElement>, onEnter: () => void): void {
  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
    e.preventDefault();
    onEnter();
  }
}

/** The count appears once a message is this close to the limit. */
const COUNT_FROM = LIMITS.chatMessageMax - 200;

/**
 * Write a message: Enter sends, Shift+Enter starts a new line. The message is shown at once
 * (and queued while offline); the text stays in the box only when it cannot be sent at all.
 */
export function ChatComposer({
  disabledReason,
  onSend,
  onTyping,
  onStopTyping,
}: {
  /** Why the member cannot write here (muted, removed …); null when they can. */
  disabledReason: string | null;
  onSend: (text: string) => void;
  onTyping: (hasText: boolean) => void;
  onStopTyping: () => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const length = body.length;
  const left = LIMITS.chatMessageMax - length;
  const disabled = disabledReason !== null;
  // Quick: only text that could hold a phone number or an email is checked, and never for long.
  const safety = useSafetyCheck({ quick: true, timeoutMs: 1_500, postAnywayLabel: 'Send anyway' });

  const send = (fromEnter = false) => {
    if (disabled) return;
    const text = body.trim();
    if (!text) {
      // Enter in an empty box does nothing; the Send button says why.
      if (!fromEnter) setError('Write a message first.');
      return;
    }
    if (text.length > LIMITS.chatMessageMax) {
      setError(`A chat message can have at most ${LIMITS.chatMessageMax.toLocaleString('en-GB')} characters.`);
      return;
    }
    setError(null);
    safety.guard([{ id: COMPOSER_ID, value: text }], (support) => {
      onSend(text);
      setBody((current) => (current.trim() === text ? '' : current));
      showSupport(support);
    });
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send();
    document.getElementById(COMPOSER_ID)?.focus();
  };

  const describedBy = [`${COMPOSER_ID}-hint`, error ? `${COMPOSER_ID}-error` : null, length >= COUNT_FROM ? `${COMPOSER_ID}-count` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="chat-composer" onSubmit={onSubmit} noValidate>
      <div className={`field chat-composer__field${error ? ' field--error' : ''}`}>
        <label htmlFor={COMPOSER_ID} className="field-label">
          Your message
        </label>
        <p id={`${COMPOSER_ID}-hint`} className="field-hint">
          {disabledReason ?? 'Enter sends. Shift + Enter starts a new line. Everyone in this group can read the chat.'}
        </p>
        {error ? (
          <p id={`${COMPOSER_ID}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={COMPOSER_ID}
          name="message"
          className="input textarea chat-composer__input"
          rows={2}
          value={body}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setBody(e.target.value);
            if (error) setError(null);
            onTyping(e.target.value.trim().length > 0);
          }}
          onKeyDown={(e) => enterSends(e, () => send(true))}
          onBlur={onStopTyping}
        />
        {length >= COUNT_FROM ? (
          <p id={`${COMPOSER_ID}-count`} className={`field-counter${left < 0 ? ' field-counter--over' : ''}`}>
            {left >= 0
              ? `${left.toLocaleString('en-GB')} of ${LIMITS.chatMessageMax.toLocaleString('en-GB')} characters left`
              : `${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button chat-composer__send" disabled={disabled}>
        Send
      </button>
      {safety.warning ? <div className="chat-composer__warning">{safety.warning}</div> : null}
    </form>
  );
}
