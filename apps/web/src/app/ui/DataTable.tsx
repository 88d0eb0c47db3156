import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A data table with its caption, in a wrapper that scrolls when the table is wider (or, with
 * `maxHeight`, taller) than the space it has. Only while it scrolls does the wrapper become a
 * focusable region named by the caption, so keyboard users can scroll it and screen readers
 * hear what it holds; otherwise it is a plain box.
 */
export function DataTable({
  caption,
  children,
  id,
  className = 'insight-table',
  wrapClassName,
}: {
  caption: ReactNode;
  /** The table's thead and tbody. */
  children: ReactNode;
  id?: string;
  className?: string;
  /** Extra classes for the wrapper (e.g. a maximum height). */
  wrapClassName?: string;
}) {
  const captionId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-caption`;
  const wrap = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={wrap}
      className={`table-wrap${wrapClassName ? ` ${wrapClassName}` : ''}`}
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {})}
    >
      <table id={id} className={className}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
