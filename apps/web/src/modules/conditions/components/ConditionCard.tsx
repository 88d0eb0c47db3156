import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useConditionQuery } from '../../../generated/graphql';
import type { ConditionSummaryFragment } from '../../../generated/graphql';

/**
 * Why a search matched, when the name alone doesn't say: the other names that contain what
 * was typed. The list query can't afford `synonyms` (see page-sizes.ts), so only cards that
 * matched by another name fetch their condition; that also warms the cache for its page.
 */
function useMatchedSynonyms(condition: ConditionSummaryFragment, filter: string): string[] {
  const f = filter.trim().toLowerCase();
  const explained =
    !f || condition.name.toLowerCase().includes(f) || condition.icd10Code.toLowerCase().startsWith(f);
  const q = useConditionQuery({ slug: condition.slug }, { enabled: !explained, staleTime: 10 * 60_000 });
  if (explained || !q.data) return [];
  return q.data.condition.synonyms.filter((s) => s.toLowerCase().includes(f)).slice(0, 3);
}

export function ConditionCard({ condition, filter }: { condition: ConditionSummaryFragment; filter: string }) {
  const matched = useMatchedSynonyms(condition, filter);
  return (
    <li className="card card--link">
      <h2 className="card__title">
        <Link to={WEB_ROUTES.condition(condition.slug)} className="card__link">
          {condition.name}
        </Link>
      </h2>
      <p className="card__meta">
        <span className="code-tag">
          <abbr title="International Classification of Diseases, 10th revision">ICD-10</abbr> {condition.icd10Code}
        </span>
        <span>{condition.family}</span>
      </p>
      {matched.length > 0 ? (
        <p className="card__text">Also called {matched.map((s) => `“${s}”`).join(', ')}</p>
      ) : null}
    </li>
  );
}
