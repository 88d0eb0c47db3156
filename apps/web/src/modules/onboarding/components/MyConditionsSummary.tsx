import { Link } from 'react-router-dom';
import { Loading } from '../../../app/ui/States';
import { useMyConditionsQuery } from '../../../generated/graphql';
import { ONBOARDING_ROUTES } from '../routes';

/** On the profile: the conditions the member chose (only they see them), and a way to change them. */
export function MyConditionsSummary() {
  const data = useMyConditionsQuery();
  const mine = data.data?.myConditions ?? [];
  return (
    <section className="section" aria-labelledby="my-conditions-title">
      <h2 id="my-conditions-title">Your conditions</h2>
      {data.isLoading ? (
        <Loading label="Loading your conditions…" />
      ) : mine.length ? (
        <ul>
          {mine.map((c) => (
            <li key={`${c.condition.id}-${c.relation}`}>
              {c.condition.name}
              {c.relation === 'carer' ? ' (you care for someone with it)' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>You have not chosen any. They help us suggest groups.</p>
      )}
      <p className="field-hint">Only you can see these.</p>
      <p>
        <Link to={ONBOARDING_ROUTES.conditions}>Change your conditions</Link>
      </p>
    </section>
  );
}
