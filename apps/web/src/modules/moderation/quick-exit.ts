/**
 * Quick exit: for someone who may be watched (an abusive partner, a nosy colleague), leaving
 * Kindred must take one press and leave nothing on screen. The page is blanked at once, and
 * the current history entry is replaced by a neutral site, so Back does not return here.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Escape pressed this many times within QUICK_EXIT_WINDOW_MS also leaves. */
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 1_500;

export function quickExit(): void {
  try {
    document.title = 'Weather';
    // Nothing of the page stays on screen while the other site loads.
    document.documentElement.style.background = '#ffffff';
    document.body.style.visibility = 'hidden';
    document.body.replaceChildren();
  } catch {
    // Leaving matters more than tidying up.
  }
  window.location.replace(QUICK_EXIT_URL);
}

/** Remembers recent Escape presses; true once there have been enough, quickly enough. */
export function escapeCounter(presses = QUICK_EXIT_PRESSES, windowMs = QUICK_EXIT_WINDOW_MS) {
  let times: number[] = [];
  return (now: number): boolean => {
    times = [...times.filter((t) => now - t <= windowMs), now];
    if (times.length >= presses) {
      times = [];
      return true;
    }
    return false;
  };
}
