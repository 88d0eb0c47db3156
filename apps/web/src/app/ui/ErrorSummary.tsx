import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field to jump to, if the error belongs to one. */
  fieldId?: string;
  message: string;
}

/**
 * The form-level error summary: role="alert", and it takes focus whenever `focusKey` changes
 * (pass the submit count) so keyboard and screen-reader users land on it after a failed submit.
 */
export function ErrorSummary({
  items,
  focusKey,
  title = 'There is a problem',
}: {
  items: SummaryItem[];
  focusKey: number;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems && focusKey > 0) ref.current?.focus();
  }, [focusKey, hasItems]);

  if (!hasItems) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) =>
          item.fieldId ? (
            <li key={`${item.fieldId}:${item.message}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ) : (
            <li key={item.message}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
