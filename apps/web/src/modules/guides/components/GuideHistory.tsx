import { useState } from 'react';
import type { GuideQuery } from '../../../generated/graphql';
import { formatDateTime, plural } from '../../../app/ui/format';

type Version = GuideQuery['guide']['history'][number];

/** Every edit of the guide, newest first: a list that opens on request. */
export function GuideHistory({ history, version }: { history: readonly Version[]; version: number }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="section guide-history" aria-labelledby="guide-history-title">
      <h2 id="guide-history-title">Version history</h2>
      {history.length === 0 ? (
        <p className="muted">No one has edited this guide yet.</p>
      ) : (
        <>
          <p>
            This guide is at version {version}. Every change moderators make is kept here, with who made it and why.
          </p>
          <p>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={open}
              aria-controls="guide-history-list"
              onClick={() => setOpen((o) => !o)}
            >
              {open ? 'Hide the history' : `Show the history (${plural(history.length, 'version')})`}
            </button>
          </p>
          <ol id="guide-history-list" className="guide-history__list" hidden={!open} aria-label="Versions, newest first">
            {history.map((v) => (
              <li key={v.version} className="guide-history__item">
                <p className="guide-history__what">
                  <strong>Version {v.version}</strong>: <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time> by{' '}
                  {v.editorLabel}
                </p>
                {v.note ? <p className="guide-history__note">{v.note}</p> : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
