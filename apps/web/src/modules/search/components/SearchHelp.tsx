import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';

/** What the page says before anything is searched: what is searched, and how to search well. */
export function SearchHelp() {
  return (
    <section className="search-help" aria-labelledby="search-help-title">
      <h2 id="search-help-title">What you can search</h2>
      <p>
        Search finds threads and replies in public groups and in the private groups you belong to, as well as
        groups, conditions, treatments and approaches, and tips from members’ what-works reports.
      </p>
      <ul className="search-help__tips">
        <li>
          Type a few words, like <kbd className="search-example">inhaler technique</kbd>. Small spelling mistakes
          are corrected for you.
        </li>
        <li>
          Put a phrase in quotes to find those words together: <kbd className="search-example">"blood sugar"</kbd>.
        </li>
        <li>
          Put a minus sign before a word to leave out results with it:{' '}
          <kbd className="search-example">diet -keto</kbd>.
        </li>
        <li>
          Press <kbd>/</kbd> on any page to jump to the search box.
        </li>
      </ul>
      <p>
        Looking for people like you? <Link to={WEB_ROUTES.conditions}>Browse the conditions</Link> to find a group.
      </p>
    </section>
  );
}
