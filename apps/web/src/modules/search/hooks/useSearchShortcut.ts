import { useEffect, useRef } from 'react';

/** Is the key press meant for a field (typing, choosing), rather than for the page? */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * "/" focuses a search field, as on many sites, unless someone is typing in a field (or holds
 * a modifier). The first of `fieldIds` that is on the page wins: the search page's own field,
 * otherwise the header's box. The fields say so with aria-keyshortcuts="/". A field that is not
 * displayed is first given to `reveal`, which must show it synchronously (flushSync).
 */
export function useSearchShortcut(fieldIds: readonly string[], reveal?: (fieldId: string) => void): void {
  const key = fieldIds.join(' ');
  // The latest reveal, without re-adding the listener on every render.
  const revealRef = useRef(reveal);
  revealRef.current = reveal;
  useEffect(() => {
    const ids = key.split(' ');
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing) return;
      if (inField(e.target)) return;
      const field = ids.map((id) => document.getElementById(id)).find((el): el is HTMLInputElement => el instanceof HTMLInputElement);
      if (!field) return;
      e.preventDefault();
      // A field in a folded-away panel (the header's search on a phone): show it first.
      if (field.getClientRects().length === 0) revealRef.current?.(field.id);
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
