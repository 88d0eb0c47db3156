import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import type { ModerationState } from '@kindred/contracts';
import { Badge } from '../../../app/ui/Badge';
import { formatDate } from '../../../app/ui/format';
import type { CareStoryFieldsFragment } from '../../../generated/graphql';
import { ModerationNotice } from '../../moderation/components/ModerationNotice';
import { formatMonth, RATING_FIELDS, RATING_WORDS } from '../labels';
import '../care.css';

/**
 * One story of care: the kind of service and area (never a place or a person), the month, what
 * was good, what could be better, the three ratings, and the services' responses under it.
 * `heading`: the story's own page uses h1, lists use h2/h3.
 */
export function StoryCard({
  story,
  level = 2,
  link = true,
  reportButton,
}: {
  story: CareStoryFieldsFragment;
  level?: 1 | 2 | 3;
  link?: boolean;
  /** The story page passes the report button (the moderation module's), lists none. */
  reportButton?: (target: { type: 'care_experience' | 'care_response'; id: string; subject: string }) => ReactNode;
}) {
  const H = `h${level}` as 'h1' | 'h2' | 'h3';
  const title = `${story.serviceKind.name} in ${story.area.name}`;
  const sub = level === 1 ? 'h2' : 'h4';
  const Sub = sub as 'h2' | 'h4';
  return (
    <article className={`care-story${level === 1 ? '' : ' card'}`} aria-labelledby={`story-${story.id}`}>
      <H id={`story-${story.id}`} className={level === 1 ? undefined : 'card__title'}>
        {link ? <Link to={WEB_ROUTES.careStory(story.id)}>{title}</Link> : title}
      </H>
      <p className="card__meta">
        <span>{formatMonth(story.occurredOn)}</span>
        {story.conditionName ? <span>{story.conditionName}</span> : null}
        <span>By {story.authorLabel}</span>
        <span>
          Shared <time dateTime={story.createdAt}>{formatDate(story.createdAt)}</time>
        </span>
        {story.viewerIsAuthor ? <Badge tone="success">Your story</Badge> : null}
        {story.responses.some((r) => r.changedSomething) ? <Badge tone="success">The service changed something</Badge> : null}
      </p>
      <ModerationNotice state={story.moderationState as ModerationState} reason={null} noun="story" mine={story.viewerIsAuthor} />
      <dl className="care-ratings">
        {RATING_FIELDS.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>
              {story[f.key]} of 5 <span className="muted">({RATING_WORDS[story[f.key]]})</span>
            </dd>
          </div>
        ))}
      </dl>
      {story.whatWasGood ? (
        <>
          <Sub>What was good</Sub>
          <p className="care-story__text">{story.whatWasGood}</p>
        </>
      ) : null}
      {story.couldBeBetter ? (
        <>
          <Sub>What could be better</Sub>
          <p className="care-story__text">{story.couldBeBetter}</p>
        </>
      ) : null}
      {story.responses.map((r) => (
        <div key={r.id} id={`response-${r.id}`} className="care-response">
          <p className="card__meta">
            <strong>Response from {r.organisation.name}</strong>
            <span>
              <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
            </span>
          </p>
          <ModerationNotice state={r.moderationState as ModerationState} reason={null} noun="response" mine={false} />
          <p>{r.body}</p>
          {r.changedSomething ? (
            <p>
              <span className="care-response__changed">We changed something: </span>
              {r.whatChanged}
            </p>
          ) : null}
          {reportButton?.({ type: 'care_response', id: r.id, subject: `the response from ${r.organisation.name}` })}
        </div>
      ))}
      {!story.viewerIsAuthor ? reportButton?.({ type: 'care_experience', id: story.id, subject: `the story about ${title}` }) : null}
    </article>
  );
}
