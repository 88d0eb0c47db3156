import { Dialog } from '../../../app/ui/Dialog';
import { dismissSupport } from '../support-store';
import type { SupportMessage } from '../support-store';

/** The defaults the API sends, if a message ever arrives without its lines. */
const FALLBACK_LINES = [
  { name: 'Samaritans', detail: 'Call 116 123, free, any time, day or night', href: 'tel:116123' },
  { name: 'NHS 111', detail: 'Call 111 and choose the mental health option', href: 'tel:111' },
  { name: 'Emergency', detail: 'If you are in danger now, call 999 or go to A&E', href: 'tel:999' },
];

/** Only phone links: the lines come from the API, but nothing else should ever be linked here. */
const safeHref = (href: string) => (/^tel:\+?[0-9 ]+$/.test(href) ? href.replace(/ /g, '') : undefined);

/** The help lines, as links that call them. */
function HelpLines({ message }: { message: SupportMessage }) {
  const lines = message.lines.length > 0 ? message.lines : FALLBACK_LINES;
  return (
    <ul className="support-panel__lines">
      {lines.map((line) => {
        const href = safeHref(line.href);
        return (
          <li key={`${line.name}:${line.href}`} className="support-panel__line">
            {href ? <a href={href}>{line.name}</a> : <strong>{line.name}</strong>}
            <span className="support-panel__detail">{line.detail}</span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A kind, private message with help lines, shown to the author of a post or chat message that
 * signals a crisis. Nothing was blocked: it says so, and it is only ever shown to them.
 * Rendered by SupportHost while there is a message.
 */
export function SupportPanel({ message }: { message: SupportMessage }) {
  return (
    <Dialog open title={message.title} onClose={dismissSupport} className="support-panel">
      <p>{message.body}</p>
      <HelpLines message={message} />
      <p className="small muted">Only you can see this message.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={dismissSupport}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
