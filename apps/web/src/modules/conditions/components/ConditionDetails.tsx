import type { ConditionQuery } from '../../../generated/graphql';
import { listJoin } from '../../../app/ui/format';

type Condition = ConditionQuery['condition'];

/** Name, ICD-10 code, other names and description. */
export function ConditionDetails({ condition }: { condition: Condition }) {
  return (
    <header className="page-header">
      <p className="eyebrow">{condition.family}</p>
      <h1>{condition.name}</h1>
      <p className="page-header__meta">
        <span className="code-tag">
          <abbr title="International Classification of Diseases, 10th revision">ICD-10</abbr> {condition.icd10Code}
        </span>
      </p>
      {condition.synonyms.length > 0 ? (
        <p className="also-called">Also called {listJoin(condition.synonyms.map((s) => `“${s}”`))}.</p>
      ) : null}
      <p className="lead">{condition.description}</p>
    </header>
  );
}
