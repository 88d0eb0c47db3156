/** Offers text as a file download (a Blob behind a temporary object URL). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "kindred-insights-asthma-2026-03-02-2026-05-24.csv". */
export const insightsCsvName = (conditionSlug: string, from: string, to: string): string =>
  `kindred-insights-${conditionSlug.replace(/[^a-z0-9-]/gi, '')}-${from}-${to}.csv`;
