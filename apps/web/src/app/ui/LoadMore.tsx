import { plural } from './format';

/** "Showing 15 of 46 conditions" and a "Load more …" button while there are more pages. */
export function LoadMore({
  shown,
  total,
  noun,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
}: {
  shown: number;
  total: number;
  /** Singular noun: "condition", "member", "group", "request". */
  noun: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}) {
  if (!hasNextPage && shown >= total) return null;
  return (
    <div className="load-more">
      <p className="load-more__count">
        Showing {shown} of {plural(total, noun)}
      </p>
      {hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (!isFetchingNextPage) onLoadMore();
          }}
          aria-disabled={isFetchingNextPage || undefined}
        >
          {isFetchingNextPage ? 'Loading more…' : `Load more ${noun}s`}
        </button>
      ) : null}
    </div>
  );
}
