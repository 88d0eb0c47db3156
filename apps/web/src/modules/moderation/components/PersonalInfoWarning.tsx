import type { Finding } from '../hooks/useSafetyCheck';
import { personalInfoLabel } from '../labels';

/**
 * "This looks like a phone number: 07700 900123" for each thing found, with the choice to edit
 * or post anyway. It takes focus when it appears (useSafetyCheck), so it is read out at once.
 * "Post anyway" submits the form it sits in (or calls onPostAnyway alone, outside a form).
 */
export function PersonalInfoWarning({
  id,
  findings,
  onEdit,
  onPostAnyway,
  postAnywayLabel = 'Post anyway',
}: {
  id: string;
  findings: readonly Finding[];
  onEdit: () => void;
  onPostAnyway: () => void;
  postAnywayLabel?: string;
}) {
  const titleId = `${id}-title`;
  // The same text found twice is listed once.
  const unique = findings.filter(
    (f, i) => findings.findIndex((g) => g.kind === f.kind && g.text === f.text) === i,
  );
  return (
    <div id={id} className="safety-warning" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="safety-warning__title">
        Check before you post: this may identify someone
      </h2>
      <ul className="safety-warning__list">
        {unique.map((f) => (
          <li key={`${f.kind}:${f.index}`}>
            This looks like {personalInfoLabel(f.kind)}: <span className="safety-warning__found">{f.text}</span>
          </li>
        ))}
      </ul>
      <p>
        Everyone who can read this group could see it. You can take it out, or post it as it is if you are sure.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={(e) => {
            onPostAnyway();
            // Posts what is in the form now (a plain button, so Enter in a field never means "post anyway").
            e.currentTarget.form?.requestSubmit();
          }}
        >
          {postAnywayLabel}
        </button>
      </div>
    </div>
  );
}
