import { Link } from 'react-router-dom';
import type { WhatWorksFieldsFragment } from '../../../generated/graphql';
import { plural } from '../../../app/ui/format';
import { EmptyState } from '../../../app/ui/States';
import { WhatWorksEntryCard } from '../../experience-reports/components/WhatWorksEntryCard';
import { REPORT_ROUTES } from '../../experience-reports/routes';

/** How many interventions the guide shows before linking to the full what-works page. */
const SHOWN = 3;

/** The condition's what-works aggregates in the guide: the most reported interventions, then a link to all. */
export function GuideWhatWorks({ whatWorks }: { whatWorks: WhatWorksFieldsFragment }) {
  const { condition } = whatWorks;
  const reported = whatWorks.entries.filter((e) => e.reportCount > 0);
  return (
    <section className="section" aria-labelledby="guide-what-works-title">
      <h2 id="guide-what-works-title">What works for {condition.name}</h2>
      {reported.length === 0 ? (
        <EmptyState>
          <p>No one has shared what works for {condition.name} yet.</p>
          <p>
            <Link to={REPORT_ROUTES.newReport(condition.slug)}>Share what works for you</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <p>
            From {plural(whatWorks.reportCount, 'report')} by members: the {Math.min(SHOWN, reported.length) === 1 ? 'treatment or approach' : 'treatments and approaches'}{' '}
            reported most, how much they helped and members’ tips.
          </p>
          <ul className="card-list what-works-list" aria-labelledby="guide-what-works-title">
            {reported.slice(0, SHOWN).map((entry) => (
              <WhatWorksEntryCard key={entry.intervention.id} entry={entry} conditionSlug={condition.slug} />
            ))}
          </ul>
          <p className="guide-what-works__more">
            <Link to={REPORT_ROUTES.whatWorks(condition.slug)}>
              See everything members report works for {condition.name}
              {reported.length > SHOWN ? ` (${plural(reported.length, 'treatment or approach', 'treatments and approaches')})` : ''}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
