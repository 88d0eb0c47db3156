import { Link } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import { SEARCH_LAST_PAGE, SEARCH_PAGE_SIZE, writeSearchState } from '../hooks/search-state';
import type { SearchState } from '../hooks/search-state';

/** The number of pages the API will serve for `total` results (it stops at searchResultsMax). */
export function pageCount(total: number): number {
  return Math.max(1, Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), SEARCH_LAST_PAGE));
}

/**
 * Previous and Next as links (so each page has its own address, and Back returns to the page
 * before), "Page 2 of 7" between them. Past the 1,000th result the API serves no more pages;
 * the note says to narrow the search instead.
 */
export function SearchPagination({ state, total }: { state: SearchState; total: number }) {
  const pages = pageCount(total);
  const reachable = total > LIMITS.searchResultsMax;
  if (pages <= 1 && !reachable) return null;
  const to = (page: number) => ({ search: `?${writeSearchState({ ...state, page }).toString()}` });
  return (
    <nav className="pagination" aria-label="Result pages">
      <ul className="pagination__list">
        {state.page > 1 ? (
          <li>
            <Link to={to(state.page - 1)} rel="prev" className="button button--secondary" preventScrollReset>
              <span aria-hidden="true">←</span> Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        <li className="pagination__where">
          Page {state.page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
        </li>
        {state.page < pages ? (
          <li>
            <Link to={to(state.page + 1)} rel="next" className="button button--secondary" preventScrollReset>
              Next<span className="visually-hidden"> page</span> <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
      {reachable ? (
        <p className="pagination__note">
          Only the first {LIMITS.searchResultsMax.toLocaleString('en-GB')} results can be shown. Add words or
          filters to narrow the search.
        </p>
      ) : null}
    </nav>
  );
}
