import { Link } from 'react-router-dom';
import { GUIDE_ROUTES } from '../routes';

/** The way in to a condition's guide, on its condition page. */
export function GuideCallout({ conditionSlug, conditionName }: { conditionSlug: string; conditionName: string }) {
  return (
    <section className="what-works-callout guide-callout" aria-labelledby="guide-callout-title">
      <h2 id="guide-callout-title" className="what-works-callout__title">
        Guide
      </h2>
      <p>
        Advice members living with {conditionName} found most useful, chosen and summarised by moderators, with what
        members report works.
      </p>
      <Link to={GUIDE_ROUTES.guide(conditionSlug)} className="button">
        Read the guide to {conditionName}
      </Link>
    </section>
  );
}
