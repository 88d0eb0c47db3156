import { Link } from 'react-router-dom';
import { REPORT_ROUTES } from '../routes';

/** "What works": the way in to a condition's what-works page, on its condition and group pages. */
export function WhatWorksCallout({
  conditionSlug,
  conditionName,
  className,
}: {
  conditionSlug: string;
  conditionName: string;
  className?: string;
}) {
  return (
    <section
      className={`what-works-callout${className ? ` ${className}` : ''}`}
      aria-labelledby="what-works-callout-title"
    >
      <h2 id="what-works-callout-title" className="what-works-callout__title">
        What works
      </h2>
      <p>
        See which treatments and approaches members living with {conditionName} say have helped them, with their
        tips and side effects, and share your own.
      </p>
      <Link to={REPORT_ROUTES.whatWorks(conditionSlug)} className="button">
        See what works for {conditionName}
      </Link>
    </section>
  );
}
