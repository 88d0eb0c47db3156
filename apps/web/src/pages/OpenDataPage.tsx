import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { usePageTitle } from '../app/ui/usePageTitle';
import { OpenDataDictionary } from '../modules/open-data/components/OpenDataDictionary';
import { OpenDataReleases } from '../modules/open-data/components/OpenDataReleases';
import '../modules/open-data/open-data.css';

/** Open data: public, for anyone. The releases with their downloads, who is counted, and the data dictionary. */
export function OpenDataPage() {
  usePageTitle('Open data');
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">For researchers, services and anyone curious</p>
        <h1>Open data</h1>
        <p className="lead">
          Every quarter Kindred publishes what members report about the treatments and approaches they try for their
          condition, and how they rate the care services they use. Only counts, never names or anything anyone wrote,
          with small numbers hidden so no one can be picked out.
        </p>
      </header>
      <section className="notice open-data__consent" aria-labelledby="open-data-consent-title">
        <h2 id="open-data-consent-title" className="notice__title">
          Who is counted
        </h2>
        <p>
          Only members who said yes to <strong>anonymised research data</strong> are counted. It is off until a member
          says yes.
        </p>
        <p>
          Withdrawing your consent takes effect from the next release: you are in no release published after that.
          Releases already published never change, so you stay in the counts of those.
        </p>
        <p>
          <Link to={WEB_ROUTES.profile}>Change your choice on your profile</Link>
        </p>
      </section>
      <OpenDataReleases />
      <OpenDataDictionary />
    </>
  );
}
