import { useEffect } from 'react';
import { escapeCounter, quickExit } from '../quick-exit';
import '../moderation.css';

const QUICK_EXIT_ID = 'quick-exit';

/**
 * The "Quick exit" button: first in the page (the first Tab stop), and kept in view at the top
 * of the screen. Pressing Escape three times quickly does the same from anywhere.
 */
export function QuickExit() {
  useEffect(() => {
    const count = escapeCounter();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.repeat) return;
      if (count(e.timeStamp || Date.now())) quickExit();
    };
    // Capture: a dialog or field that handles Escape itself still counts towards leaving.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    // A landmark of its own, so it is listed with the page's regions and is not stray content.
    <div className="quick-exit" role="region" aria-label="Quick exit">
      <button
        id={QUICK_EXIT_ID}
        type="button"
        className="quick-exit__button"
        title="Leave this site quickly"
        aria-describedby={`${QUICK_EXIT_ID}-hint`}
        onClick={quickExit}
      >
        Quick exit
      </button>
      <span id={`${QUICK_EXIT_ID}-hint`} className="visually-hidden">
        Leave this site quickly. Opens a weather page in place of this one, so Back does not return here. You can
        also press Escape three times.
      </span>
    </div>
  );
}
