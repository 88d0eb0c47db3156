import { Loading } from './Loading';

/** Marks the stand-in shown while a page's code loads; Layout waits for it to go before focusing the page's <h1>. */
export const PAGE_LOADING_ATTR = 'data-page-loading';

/**
 * Shown while a page's own code loads (its first visit only): a quiet status in a block that
 * keeps the page's space, so the footer does not jump up and back down.
 */
export function PageLoading() {
  return (
    <div className="page-loading" {...{ [PAGE_LOADING_ATTR]: '' }}>
      <Loading label="Loading page…" />
    </div>
  );
}
