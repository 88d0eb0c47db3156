import type { GuideQuery } from '../../../generated/graphql';
import { formatDate, plural } from '../../../app/ui/format';
import { EmptyState } from '../../../app/ui/States';
import { PostBody } from '../../threads/components/PostBits';
import { useGuideCache } from '../hooks/useGuideCache';
import { GUIDE_ADVICE_TITLE_ID } from '../routes';
import { GuideEditorPanel } from './GuideEditorPanel';
import { GuideEntryCard } from './GuideEntryCard';
import { GuideHistory } from './GuideHistory';
import { GuideWhatWorks } from './GuideWhatWorks';

type Guide = GuideQuery['guide'];

/**
 * A condition's guide under its <h1>: when it was last reviewed, the introduction, the curated
 * advice by heading (each with its source), what works for the condition, and the history.
 * Editors also get the editing panel and each entry's controls.
 */
export function GuideView({ guide }: { guide: Guide }) {
  const { condition } = guide;
  const applyGuide = useGuideCache(condition.slug);
  const headings = guide.sections.map((s) => s.heading);
  const entryCount = guide.sections.reduce((n, s) => n + s.entries.length, 0);

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Curated by moderators</p>
        <h1>Guide to {condition.name}</h1>
        <p className="page-header__meta">
          <span>
            {guide.lastReviewedAt ? (
              <>
                Last reviewed <time dateTime={guide.lastReviewedAt}>{formatDate(guide.lastReviewedAt)}</time> by{' '}
                {guide.lastReviewedByLabel}
              </>
            ) : (
              'Not reviewed yet'
            )}
          </span>
          {guide.updatedAt ? (
            <span>
              Version {guide.version}, updated <time dateTime={guide.updatedAt}>{formatDate(guide.updatedAt)}</time>
            </span>
          ) : null}
        </p>
      </header>

      {guide.introHtml ? (
        <PostBody html={guide.introHtml} />
      ) : (
        <p className="lead">
          Advice members living with {condition.name} have found useful, chosen from public discussions by moderators,
          with what members report works.
        </p>
      )}

      <div className="safety guide__note">
        <p>
          <strong>This is what members say from their own experience, not medical advice.</strong> What helped one
          person may not suit you. Talk to your care team before you start, stop or change a treatment.
        </p>
      </div>

      {guide.viewerCanEdit ? <GuideEditorPanel guide={guide} onSaved={applyGuide} /> : null}

      <section className="section" aria-labelledby={GUIDE_ADVICE_TITLE_ID}>
        <h2 id={GUIDE_ADVICE_TITLE_ID} tabIndex={-1}>
          Curated advice
        </h2>
        {entryCount === 0 ? (
          <EmptyState>
            <p>No advice has been curated into this guide yet.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">{plural(entryCount, 'piece of advice', 'pieces of advice')} from members, under {plural(guide.sections.length, 'heading')}.</p>
            {guide.sections.map((section, i) => {
              const titleId = `guide-section-${i}`;
              return (
                <section key={section.heading} className="guide-section" aria-labelledby={titleId}>
                  <h3 id={titleId} className="guide-section__title">
                    {section.heading}
                  </h3>
                  <ul className="card-list guide-entries" aria-labelledby={titleId}>
                    {section.entries.map((entry, index) => (
                      <GuideEntryCard
                        key={entry.id}
                        entry={entry}
                        index={index}
                        count={section.entries.length}
                        headings={headings}
                        canEdit={guide.viewerCanEdit}
                        onSaved={applyGuide}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </section>

      <GuideWhatWorks whatWorks={guide.whatWorks} />
      <GuideHistory history={guide.history} version={guide.version} />
    </>
  );
}
