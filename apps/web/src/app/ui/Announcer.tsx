import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);
const MessageContext = createContext('');

export const ANNOUNCER_ID = 'live-announcer';

/**
 * One polite live region for the whole app, for outcomes that have no visible message of
 * their own ("Reply posted.", "Marked as helpful."). The provider holds the message;
 * <AnnouncerRegion /> (in the page's main landmark) is always there, so screen readers are
 * listening before anything is said. The last message stays until the next one, or until
 * the reader moves to another page.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const { pathname } = useLocation();

  useEffect(() => {
    window.clearTimeout(timer.current);
    setMessage('');
  }, [pathname]);

  const announce = useCallback<Announce>((next) => {
    // Empty the region first, so saying the same thing twice is still heard twice.
    window.clearTimeout(timer.current);
    setMessage('');
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);

  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      <MessageContext.Provider value={message}>{children}</MessageContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function AnnouncerRegion() {
  const message = useContext(MessageContext);
  return (
    <div id={ANNOUNCER_ID} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

/** Say something politely to screen-reader users (see AnnouncerProvider). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
