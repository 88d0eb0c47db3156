import { WayOnLinks } from '../../../app/ui/WayOnLinks';

/**
 * What others see of a thread moderators have hidden or removed, or one waiting for approval
 * (the API answers CONTENT_HIDDEN): a calm page that says so, without saying why.
 */
export function ContentWithheld({ noun = 'thread' }: { noun?: string }) {
  return (
    <div className="narrow">
      <h1>This {noun} isn’t available</h1>
      <p>
        Moderators have hidden this {noun}, or it is waiting for their approval. This happens when a post may break
        the community rules, or to keep someone safe. Nothing you did caused it.
      </p>
      <WayOnLinks browseLabel="Browse conditions and groups" />
    </div>
  );
}
