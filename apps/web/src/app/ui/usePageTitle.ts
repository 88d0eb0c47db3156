import { useEffect } from 'react';

const SITE = 'Kindred';

/** Sets the document title for a page: "Conditions · Kindred". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : `${SITE} · peer support for long-term conditions`;
  }, [title]);
}
