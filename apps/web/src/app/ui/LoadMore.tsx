import { useEffect, useRef, useState } from 'react';
import { plural } from './format';

/**
 * "Showing 15 of 46 conditions" and a "Load more …" button while there are more pages.
 * When the last page arrives the button goes away; focus then moves to the count, so
 * keyboard users are not dropped at the top of the page.
 */
export function LoadMore({
  shown,
  total,
  noun,
  nounPlural = `${noun}s`,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
}: {
  shown: number;
  total: number;
  /** Singular noun: "condition", "member", "group", "request". */
  noun: string;
  /** When adding "s" is wrong: "replies". */
  nounPlural?: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}) {
  const [used, setUsed] = useState(false);
  const countRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (used && !hasNextPage && !isFetchingNextPage) countRef.current?.focus();
  }, [used, hasNextPage, isFetchingNextPage]);

  if (!hasNextPage && !used) return null;
  return (
    <div className="load-more">
      <p ref={countRef} className="load-more__count" tabIndex={-1}>
        Showing {shown} of {plural(total, noun, nounPlural)}
      </p>
      {hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setUsed(true);
            if (!isFetchingNextPage) onLoadMore();
          }}
          aria-disabled={isFetchingNextPage || undefined}
        >
          {isFetchingNextPage ? 'Loading more…' : `Load more ${nounPlural}`}
        </button>
      ) : null}
    </div>
  );
}
