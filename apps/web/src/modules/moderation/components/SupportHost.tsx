import { lazy, Suspense } from 'react';
import { loadSupportPanel, useSupportMessage } from '../support-store';

const SupportPanel = lazy(() => loadSupportPanel().then((m) => ({ default: m.SupportPanel })));

/**
 * Where the support message appears (in the page frame, see support-store). The panel's code is
 * a chunk of its own, fetched by the forms that can lead to it as they open
 * (usePreloadSupportPanel), so a visitor who never writes does not download it.
 */
export function SupportHost() {
  const message = useSupportMessage();
  if (!message) return null;
  return (
    <Suspense fallback={null}>
      <SupportPanel message={message} />
    </Suspense>
  );
}
