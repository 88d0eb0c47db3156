import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Loading } from '../app/ui/Loading';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';

/**
 * The member's home is its own chunk, loaded only once someone is signed in: the visitors' home
 * page (the first page most people load) does not carry it.
 */
const MemberHome = lazy(() => import('../modules/home/components/MemberHome').then((m) => ({ default: m.MemberHome })));

/** `/`: a signed-in member's home (their groups, what is new to them); for visitors, what Kindred is. */
export function HomePage() {
  usePageTitle(null);
  const { viewer } = useViewer();

  if (viewer) {
    return (
      <Suspense fallback={<Loading label="Loading your home…" className="member-home__loading" />}>
        <MemberHome handle={viewer.handle} />
      </Suspense>
    );
  }
  return <VisitorHome />;
}

function VisitorHome() {
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <p className="hero__eyebrow">Peer support for long-term conditions</p>
        <h1 id="home-title" className="hero__title">
          Living with a long-term condition is easier together
        </h1>
        <p className="hero__lead">
          Kindred brings together people living with diabetes, COPD, MS, arthritis, depression, long COVID and
          more, so you can learn from others who get it, and share what works for you.
        </p>
        <div className="button-row">
          <Link to={WEB_ROUTES.conditions} className="button button--large">
            Browse conditions
          </Link>
          <Link to={WEB_ROUTES.signUp} className="button button--large button--secondary">
            Sign up, it’s free
          </Link>
        </div>
        <p className="hero__welcome">
          Already a member? <Link to={WEB_ROUTES.signIn}>Sign in</Link>
        </p>
      </section>

      <section aria-labelledby="how-title" className="section">
        <h2 id="how-title">How Kindred works</h2>
        <ul className="feature-grid">
          <li className="feature">
            <h3>Find your people</h3>
            <p>
              Search hundreds of conditions by name, by the words people actually use (like “sugar diabetes”) or by
              ICD-10 code, then join a group for yours.
            </p>
          </li>
          <li className="feature">
            <h3>Share what works</h3>
            <p>
              The most practical knowledge about a condition sits with the people living with it: the small
              routines, the tips, the things worth asking your doctor about.
            </p>
          </li>
          <li className="feature">
            <h3>Stay pseudonymous</h3>
            <p>
              You choose a handle, and that is all other members see. Your email address is never shown to anyone.
            </p>
          </li>
          <li className="feature">
            <h3>A moderated, safe space</h3>
            <p>
              Every group has moderators. Private groups only let people in once a moderator has said yes.
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="safety-title" className="section safety">
        <h2 id="safety-title">Peer support, not medical advice</h2>
        <p>
          Kindred members share their own experiences; nothing here replaces your doctor, nurse or pharmacist.
          Check with them before changing your treatment.
        </p>
        <p>
          <strong>In an emergency, call 999.</strong> For urgent medical help, call NHS 111. If you need someone to
          talk to, Samaritans are there day or night on 116 123.
        </p>
      </section>
    </div>
  );
}
