import { isErrorCode } from '../app/graphql-client';
import { ErrorPanel, Loading } from '../app/ui/States';
import { NotFound } from './NotFound';

/** What the pages about one condition (its page, its guide, what works) need from their query. */
interface ConditionPageQuery {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

const isConditionNotFound = (query: ConditionPageQuery) => isErrorCode(query.error, 'NOT_FOUND');

/**
 * The page title of a page about one condition: `loaded` once its data is here (undefined before);
 * until then loading, not found, or failed.
 */
export function conditionPageTitle(
  query: ConditionPageQuery,
  titles: { loaded: string | undefined; loading: string; failed: string },
): string {
  return titles.loaded ?? (query.isPending ? titles.loading : isConditionNotFound(query) ? 'Condition not found' : titles.failed);
}

/**
 * A page about one condition before it can show it: loading, "Condition not found" (the address
 * names no condition, or an old name), or the request failed, with a retry. Render it while the
 * query is pending or failed.
 */
export function ConditionPageStates({
  query,
  loadingLabel,
  errorTitle,
}: {
  query: ConditionPageQuery;
  loadingLabel: string;
  errorTitle: string;
}) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (isConditionNotFound(query)) {
    return (
      <NotFound title="Condition not found">
        <p>We could not find that condition. It may have been renamed; try searching for it.</p>
      </NotFound>
    );
  }
  return <ErrorPanel as="h1" title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
}
