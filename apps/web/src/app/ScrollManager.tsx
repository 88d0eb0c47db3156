import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const STORAGE_KEY = 'kindred-scroll-positions';
const MAX_KEPT = 50;

function readPositions(): Map<string, number> {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    return new Map(raw ? (JSON.parse(raw) as [string, number][]) : []);
  } catch {
    return new Map();
  }
}

const positions = typeof window === 'undefined' ? new Map<string, number>() : readPositions();

function savePositions() {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-MAX_KEPT)));
  } catch {
    // Storage full or refused: positions are kept for this page load only.
  }
}

/**
 * Scroll positions across navigations (the router's ScrollRestoration needs its data router, a
 * larger download): going back or forward returns to where the reader was on that entry; a new
 * page starts at its top, or at the element its #hash names; a change of query string only
 * (filters, search pages, a thread's branch) leaves the scroll where it is.
 */
export function ScrollManager() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const current = useRef(location.key);

  useLayoutEffect(() => {
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        positions.set(current.current, window.scrollY);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', savePositions);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', savePositions);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = location.key;
    if (navigationType === 'POP') {
      const saved = positions.get(location.key);
      if (saved !== undefined) window.scrollTo(0, saved);
    } else if (location.hash) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    }
    savePositions();
  }, [location.key, location.hash, navigationType]);

  // A new page (not a new query string) starts at the top.
  const pathname = location.pathname;
  useLayoutEffect(() => {
    if (navigationType !== 'POP' && !window.location.hash) window.scrollTo(0, 0);
  }, [pathname]); // only a change of page resets the scroll

  return null;
}
