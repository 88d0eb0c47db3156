import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { WhatWorksQuery } from '../../../generated/graphql';
import { formatCount, plural } from '../../../app/ui/format';
import { EmptyState } from '../../../app/ui/States';
import { CATEGORY_LABELS } from '../labels';
import { REPORT_ROUTES } from '../routes';
import { WhatWorksEntryCard } from './WhatWorksEntryCard';

type WhatWorks = WhatWorksQuery['whatWorks'];

/**
 * The what-works page under its heading: what this is (and is not), how many reports it draws
 * on, a card per intervention with reports, then the condition's other interventions, which
 * have none yet.
 */
export function WhatWorksOverview({ whatWorks }: { whatWorks: WhatWorks }) {
  const { condition } = whatWorks;
  const location = useLocation();
  const reported = whatWorks.entries.filter((e) => e.reportCount > 0);
  const untried = whatWorks.entries.filter((e) => e.reportCount === 0);
  const shareTo = REPORT_ROUTES.newReport(condition.slug);

  // "#what-works-<slug>" (from a report page): bring that card into view once it is there.
  const hash = location.hash.slice(1);
  useEffect(() => {
    if (!hash) return;
    const card = document.getElementById(decodeURIComponent(hash));
    if (!card) return;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }, [hash]);

  return (
    <>
      <div className="safety what-works__note">
        <p>
          <strong>This is what members say from their own experience, not medical advice.</strong> What helped one
          person may not suit you. Talk to your care team (your GP, nurse or pharmacist) before you start, stop or
          change a treatment.
        </p>
      </div>

      <div className="what-works__summary">
        <p className="what-works__total">
          <span className="what-works__total-number">{formatCount(whatWorks.reportCount)}</span>{' '}
          {whatWorks.reportCount === 1 ? 'report' : 'reports'} from members so far
        </p>
        <Link to={shareTo} className="button button--large">
          Share what works for you
        </Link>
      </div>

      <section className="section" aria-labelledby="what-works-reported-title">
        <h2 id="what-works-reported-title">What members report</h2>
        {reported.length === 0 ? (
          <EmptyState>
            <p>No one has shared what works for {condition.name} yet. Your experience could help someone else.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {plural(reported.length, 'treatment or approach', 'treatments and approaches')}, most reported first.
            </p>
            <ul className="card-list what-works-list" aria-labelledby="what-works-reported-title">
              {reported.map((entry) => (
                <WhatWorksEntryCard key={entry.intervention.id} entry={entry} conditionSlug={condition.slug} />
              ))}
            </ul>
          </>
        )}
      </section>

      {untried.length > 0 ? (
        <section className="section" aria-labelledby="what-works-untried-title">
          <h2 id="what-works-untried-title">No reports yet — be the first</h2>
          <p>Tried one of these? Choose it to share how it went for you.</p>
          <ul className="untried-list" aria-labelledby="what-works-untried-title">
            {untried.map(({ intervention }) => (
              <li key={intervention.id} className="untried-list__item">
                <Link to={REPORT_ROUTES.newReport(condition.slug, { intervention: intervention.slug })}>
                  {intervention.name}
                </Link>{' '}
                <span className="muted small">{CATEGORY_LABELS[intervention.category]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
