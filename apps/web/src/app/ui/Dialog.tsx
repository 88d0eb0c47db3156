import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
// Its styles (dialog.css) are in the app's stylesheet (main.tsx).

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
 * (focus cannot leave it, screen readers read only it) and Escape closes it. Focus goes to the
 * title when it opens and back to what had it before (or to `returnFocusId`) when it closes.
 * Named by its title.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  returnFocusId,
  className,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes when it closes; the element that had focus before, by default. */
  returnFocusId?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-dialog-title`;
  const opener = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnTo = useRef(returnFocusId);
  returnTo.current = returnFocusId;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    document.getElementById(titleId)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const back = (returnTo.current && document.getElementById(returnTo.current)) || opener.current;
      // After React has finished removing the dialog's content.
      window.requestAnimationFrame(() => {
        if (back && back.isConnected) return back.focus();
        // What opened it has gone (the page changed): the page's heading instead.
        const heading = document.querySelector<HTMLElement>('main h1');
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
      });
    };
  }, [open, titleId]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(e) => {
        // Escape: let React decide (the dialog stays in the page until `open` is false).
        e.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="dialog__inner">
        <h2 id={titleId} className="dialog__title" tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
