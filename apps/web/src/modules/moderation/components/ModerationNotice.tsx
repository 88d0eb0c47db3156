import type { ModerationState } from '@kindred/contracts';

/**
 * What the author (or a moderator) sees on a post that others cannot: waiting for approval,
 * hidden, or removed, with the moderators' reason. Nothing for a visible post.
 */
export function ModerationNotice({
  state,
  reason,
  noun,
  mine,
  id,
}: {
  state: ModerationState | null | undefined;
  reason: string | null | undefined;
  /** "thread", "reply", "message", "report". */
  noun: string;
  /** The viewer wrote it (otherwise they see it as a moderator). */
  mine: boolean;
  id?: string;
}) {
  if (!state || state === 'visible') return null;
  const why = reason?.trim();
  const whose = mine ? `your ${noun}` : `this ${noun}`;
  let title: string;
  let text: string;
  if (state === 'pending') {
    title = 'Waiting for a moderator’s approval';
    text = mine
      ? `Only you and the group’s moderators can see ${whose} until a moderator approves it.`
      : `Members can’t see ${whose} until a moderator approves it.`;
  } else if (state === 'hidden') {
    title = why ? `Hidden by moderators: ${why}` : 'Hidden by moderators';
    text = mine
      ? `Other members can’t see ${whose} while moderators review it. You have been sent a notification about it.`
      : `Members can’t see ${whose} while it is reviewed.`;
  } else {
    title = why ? `Removed by moderators: ${why}` : 'Removed by moderators';
    text = mine
      ? `Other members can’t see ${whose} any more. Only you and the moderators can.`
      : `Members can’t see ${whose}.`;
  }
  return (
    <div id={id} className={`moderation-notice moderation-notice--${state}`}>
      <p className="moderation-notice__title">{title}</p>
      <p>{text}</p>
    </div>
  );
}
