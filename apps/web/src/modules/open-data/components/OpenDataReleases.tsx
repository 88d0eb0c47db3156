import { OPEN_DATA_PATHS } from '@kindred/contracts';
import { useOpenDataQuery } from '../../../generated/graphql';
import type { OpenDataQuery } from '../../../generated/graphql';
import { formatDate } from '../../../app/ui/format';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { formatBytes, formatDay, releaseLabel } from '../format';

type Release = OpenDataQuery['openData']['releases'][number];

/** Plain links (not the router's): the files are the API's, and the CSV downloads. */
function Files({ release }: { release: Release }) {
  const label = releaseLabel(release.version);
  return (
    <>
      <p className="open-data__files">
        <a className="button" href={release.csvUrl} download={`kindred-open-data-${release.version}.csv`}>
          Download {label} as CSV
        </a>
        <a className="button button--secondary" href={release.jsonUrl}>
          <span className="visually-hidden">{label} as </span>JSON
        </a>
      </p>
      <p className="open-data__size">
        CSV {formatBytes(release.csvBytes)}, JSON {formatBytes(release.jsonBytes)}
      </p>
    </>
  );
}

/** One earlier release on a line: its quarter, its days and its two files. */
function EarlierRelease({ release }: { release: Release }) {
  const label = releaseLabel(release.version);
  return (
    <li className="open-data__earlier-item">
      <span className="open-data__earlier-name">{label}</span>{' '}
      <span className="open-data__earlier-period">
        {formatDay(release.periodStart)} to {formatDay(release.periodEnd)}
      </span>
      <span className="open-data__earlier-files">
        <a href={release.csvUrl} download={`kindred-open-data-${release.version}.csv`}>
          <span className="visually-hidden">Download {label} as </span>CSV
        </a>
        <a href={release.jsonUrl}>
          <span className="visually-hidden">{label} as </span>JSON
        </a>
      </span>
    </li>
  );
}

/** The releases, newest first: the latest with its downloads, then every earlier one, then what comes next. */
export function OpenDataReleases() {
  const q = useOpenDataQuery(undefined, { staleTime: 5 * 60_000 });
  const [latest, ...earlier] = q.data?.openData.releases ?? [];

  return (
    <section className="section open-data__releases" aria-labelledby="open-data-releases-title">
      <h2 id="open-data-releases-title">Releases</h2>
      {q.isPending ? (
        <Loading label="Loading the releases…" className="open-data__reserve" />
      ) : q.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load the releases" error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          {latest ? (
            <article className="panel open-data__release" aria-labelledby="open-data-latest-title">
              <h3 id="open-data-latest-title" className="open-data__release-title">
                {releaseLabel(latest.version)}
                <span className="open-data__latest">Latest</span>
              </h3>
              <dl className="facts open-data__facts">
                <div>
                  <dt>Covers</dt>
                  <dd>
                    {formatDay(latest.periodStart)} to {formatDay(latest.periodEnd)}
                  </dd>
                </div>
                <div>
                  <dt>Published</dt>
                  <dd>{formatDate(latest.publishedAt)}</dd>
                </div>
                <div>
                  <dt>Rows</dt>
                  <dd>{latest.cellCount.toLocaleString('en-GB')}</dd>
                </div>
                <div>
                  <dt>SHA-256 of the CSV</dt>
                  <dd>
                    <code className="open-data__hash">{latest.csvSha256}</code>
                  </dd>
                </div>
              </dl>
              <Files release={latest} />
            </article>
          ) : (
            <EmptyState>
              <p>No release has been published yet.</p>
            </EmptyState>
          )}
          {earlier.length ? (
            <>
              <h3 id="open-data-earlier-title">Earlier releases</h3>
              <ol className="open-data__earlier" aria-labelledby="open-data-earlier-title">
                {earlier.map((r) => (
                  <EarlierRelease key={r.version} release={r} />
                ))}
              </ol>
              <p>
                Each release’s checksums are in <a href={OPEN_DATA_PATHS.index}>the release index</a>.
              </p>
            </>
          ) : null}
          <p className="open-data__next">
            The next release will cover {formatDay(q.data.openData.next.periodStart)} to{' '}
            {formatDay(q.data.openData.next.periodEnd)}. It is published once that quarter has ended, on or soon after{' '}
            {formatDay(q.data.openData.next.publishedAfter)}.
          </p>
        </>
      )}
      <h3>Stable addresses</h3>
      <p>A release never changes once published, so its address can be cited and cached for good.</p>
      <ul className="open-data__urls">
        <li>
          <a href={OPEN_DATA_PATHS.latestCsv}>
            <code>{OPEN_DATA_PATHS.latestCsv}</code>
          </a>{' '}
          and{' '}
          <a href={OPEN_DATA_PATHS.latestJson}>
            <code>{OPEN_DATA_PATHS.latestJson}</code>
          </a>
          : always the latest release.
        </li>
        <li>
          <code>{OPEN_DATA_PATHS.release('2026-q3', 'csv').replace('2026-q3', '<version>')}</code> and{' '}
          <code>…/&lt;version&gt;.json</code>: one release, for good (versions look like 2026-q3).
        </li>
        <li>
          <a href={OPEN_DATA_PATHS.index}>
            <code>{OPEN_DATA_PATHS.index}</code>
          </a>
          : every release with its checksums, as JSON.
        </li>
      </ul>
    </section>
  );
}
