import { useOpenDataDictionaryQuery } from '../../../generated/graphql';
import { ErrorPanel, Loading } from '../../../app/ui/States';

const TABLE_LABELS: Record<string, string> = {
  what_works: 'what_works: experience reports on an intervention for a condition',
  care_experience: 'care_experience: ratings of a kind of care service in an area',
};

/** The data dictionary: the rules every count follows, the columns, and the measures of each table. */
export function OpenDataDictionary() {
  const q = useOpenDataDictionaryQuery(undefined, { staleTime: 60 * 60_000 });

  return (
    <section className="section open-data__dictionary" aria-labelledby="open-data-dictionary-title">
      <h2 id="open-data-dictionary-title">Data dictionary</h2>
      {q.isPending ? (
        <Loading label="Loading the data dictionary…" className="open-data__reserve" />
      ) : q.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load the data dictionary" error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <p>
            Version {q.data.openDataDictionary.version}. Each row of a release’s CSV is one count: a group’s total
            (measure <code>members</code>) or one answer of one measure. Counts from 1 to{' '}
            {q.data.openDataDictionary.threshold - 1} are suppressed and the rest rounded to the nearest{' '}
            {q.data.openDataDictionary.roundingBase}.
          </p>
          <h3>Rules</h3>
          <dl className="facts open-data__terms">
            {q.data.openDataDictionary.rules.map((r) => (
              <div key={r.name}>
                <dt>{r.name[0]!.toUpperCase() + r.name.slice(1)}</dt>
                <dd>{r.description}</dd>
              </div>
            ))}
          </dl>
          <h3>Columns</h3>
          <dl className="facts open-data__terms">
            {q.data.openDataDictionary.columns.map((c) => (
              <div key={c.name}>
                <dt>
                  <code>{c.name}</code>
                </dt>
                <dd>{c.description}</dd>
              </div>
            ))}
          </dl>
          <h3>Measures</h3>
          {Object.keys(TABLE_LABELS).map((table) => (
            <div key={table} className="open-data__table">
              <h4>{TABLE_LABELS[table]}</h4>
              <dl className="facts open-data__terms">
                {q.data.openDataDictionary.measures
                  .filter((m) => m.table === table)
                  .map((m) => (
                    <div key={m.name}>
                      <dt>
                        <code>{m.name}</code>
                      </dt>
                      <dd>
                        {m.description}
                        {m.categories.some(Boolean) ? (
                          <>
                            {' '}
                            Categories: {m.categories.map((c, i) => (
                              <span key={c}>
                                {i ? ', ' : ''}
                                <code>{c}</code>
                              </span>
                            ))}
                            .
                          </>
                        ) : null}
                      </dd>
                    </div>
                  ))}
              </dl>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
