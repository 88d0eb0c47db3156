/**
 * Moves focus to the element with `id` once it is in the page (it may render a frame or two
 * after the data that creates it), or to the first fallback that is. Gives up after ~half a
 * second.
 */
export function focusWhenReady(ids: readonly string[], frames = 30): void {
  const attempt = (left: number) => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !el.closest('[hidden]')) {
        el.focus();
        return;
      }
    }
    if (left > 0) window.requestAnimationFrame(() => attempt(left - 1));
  };
  window.requestAnimationFrame(() => attempt(frames));
}
