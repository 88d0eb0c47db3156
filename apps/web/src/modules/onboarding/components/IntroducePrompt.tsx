import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { EmptyState, Loading } from '../../../app/ui/States';
import { useMyGroupsQuery } from '../../../generated/graphql';
import { THREAD_ROUTES } from '../../threads/routes';

/** Step 3: a nudge to say hello in a group just joined, and to write a line about yourself. */
export function IntroducePrompt() {
  const groups = useMyGroupsQuery({ first: 10 });
  const list = groups.data?.myGroups.nodes ?? [];
  return (
    <>
      <p>
        Members often start with a short “hello” thread: what brought you here, how long you have lived with your condition (or cared
        for someone), and what you would like to learn. Share only what you are comfortable with; your handle is the only thing others
        see about you.
      </p>
      <div className="suggested-groups">
        {groups.isLoading ? (
          <Loading label="Loading your groups…" />
        ) : list.length ? (
          <ul className="card-list" aria-label="Introduce yourself">
            {list.map((g) => (
              <li key={g.id} className="card">
                <p className="card__title">{g.name}</p>
                <p className="card__text">
                  <Link to={THREAD_ROUTES.newThread(g.slug)} className="button button--secondary">
                    Introduce yourself<span className="visually-hidden"> in {g.name}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            <p>
              When you join a group you can introduce yourself there. <Link to={WEB_ROUTES.conditions}>Find a group</Link>.
            </p>
          </EmptyState>
        )}
      </div>
      <p>
        You can also add a few words about yourself on <Link to={WEB_ROUTES.profile}>your profile</Link>.
      </p>
    </>
  );
}
