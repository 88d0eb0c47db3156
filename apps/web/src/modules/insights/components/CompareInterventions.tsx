import { useEffect, useState } from 'react';
import { DataTable } from '../../../app/ui/DataTable';
import type { FormEvent } from 'react';
import { toRequestError } from '../../../app/graphql-client';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { describeError } from '../../../app/ui/errors';
import { SelectField } from '../../../app/ui/Fields';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Loading } from '../../../app/ui/States';
import { useCompareInterventionsQuery } from '../../../generated/graphql';
import type { InsightShareFieldsFragment, InterventionInsightFieldsFragment } from '../../../generated/graphql';
import { CellBarChart } from './CellBarChart';
import type { ChartSeries } from './CellBarChart';
import { CellText, PercentText } from './InsightTables';

const IDS = { first: 'compare-first', second: 'compare-second' } as const;
const COLORS = ['#0b6e69', '#a34a1f'] as const;

interface Option {
  id: string;
  name: string;
}

/**
 * Two interventions side by side (compareInterventions): how much they helped, side effects,
 * sticking to them, effort and median time used. Each measure is a table with the two as
 * columns; how much they helped is also a chart.
 */
export function CompareInterventions({
  condition,
  from,
  to,
  options,
  threshold,
}: {
  condition: string;
  from: string;
  to: string;
  options: readonly Option[];
  threshold: number;
}) {
  const [first, setFirst] = useState(options[0]?.id ?? '');
  const [second, setSecond] = useState(options[1]?.id ?? '');
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  const q = useCompareInterventionsQuery(
    { condition, from, to, interventionIds: chosen ?? [] },
    { enabled: chosen !== null, retry: false },
  );

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!first || !second) setLocalError('Choose two treatments or approaches to compare.');
    else if (first === second) setLocalError('Choose two different treatments or approaches to compare.');
    else {
      setLocalError(null);
      setChosen([first, second]);
      return;
    }
    setAttempts((n) => n + 1);
  };

  // The comparison appears below the form: say so, without reading the tables out.
  const announce = useAnnounce();
  const ready = q.data?.compareInterventions.interventions.map((i) => i.intervention.name).join(' and ');
  useEffect(() => {
    if (ready && q.dataUpdatedAt) announce(`Comparison of ${ready} shown below.`);
  }, [ready, q.dataUpdatedAt, announce]);

  const serverError = q.isError ? toRequestError(q.error) : null;
  const summary: SummaryItem[] = localError
    ? [{ fieldId: IDS.second, message: localError }]
    : serverError?.code === 'VALIDATION_FAILED'
      ? [{ fieldId: IDS.second, message: serverError.fieldMessage('interventionIds') ?? serverError.message }]
      : [];

  if (options.length < 2) {
    return <p className="muted">Comparing needs reports on at least two treatments or approaches in this period.</p>;
  }

  return (
    <>
      <form className="form insights-compare__form" onSubmit={submit} noValidate aria-label="Choose two to compare">
        <ErrorSummary items={summary} focusKey={attempts + q.errorUpdateCount} />
        <div className="insights-compare__pickers">
          <SelectField id={IDS.first} name="first" label="First" value={first} onChange={(e) => setFirst(e.target.value)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={IDS.second}
            name="second"
            label="Second"
            value={second}
            error={summary[0]?.message}
            onChange={(e) => setSecond(e.target.value)}
          >
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--secondary">
            Compare
          </button>
        </div>
      </form>
      <div className="insights-compare__output">
        {chosen === null ? null : q.isPending ? (
          <Loading label="Comparing…" />
        ) : serverError && serverError.code !== 'VALIDATION_FAILED' ? (
          <p className="notice notice--error" role="alert">
            {describeError(serverError)}
          </p>
        ) : q.data && q.data.compareInterventions.interventions.length === 2 ? (
          <Comparison pair={q.data.compareInterventions.interventions as [InterventionInsightFieldsFragment, InterventionInsightFieldsFragment]} threshold={threshold} />
        ) : null}
      </div>
    </>
  );
}

function Comparison({
  pair,
  threshold,
}: {
  pair: [InterventionInsightFieldsFragment, InterventionInsightFieldsFragment];
  threshold: number;
}) {
  const [a, b] = pair;
  const names = `${a.intervention.name} and ${b.intervention.name}`;
  const series: ChartSeries[] = pair.map((p, i) => ({ key: p.intervention.id, name: p.intervention.name, color: COLORS[i]! }));
  const sideNames = [...new Set([...a.sideEffects, ...b.sideEffects].map((s) => s.name))];

  return (
    <div className="insights-compare__result">
      <h3>
        {a.intervention.name} compared with {b.intervention.name}
      </h3>
      <DataTable className="insight-table insight-table--compare" caption={`At a glance: ${names}`}>
        <PairHead pair={pair} first="Measure" />
        <tbody>
          <tr>
            <th scope="row">Reporting members</th>
            {pair.map((p) => (
              <td key={p.intervention.id} className="insight-table__number">
                <CellText cell={p.members} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Median time using it</th>
            {pair.map((p) => (
              <td key={p.intervention.id} className="insight-table__number">
                {p.medianDuration ?? <span className="muted">not shown</span>}
              </td>
            ))}
          </tr>
        </tbody>
      </DataTable>

      <h4>How much it helped</h4>
      <CellBarChart
        rows={a.effectiveness.map((s, i) => ({
          key: s.key,
          label: s.label,
          cells: { [a.intervention.id]: s.count, [b.intervention.id]: b.effectiveness[i]?.count ?? s.count },
        }))}
        series={series}
        threshold={threshold}
        caption={`Bar chart of members by how much ${names} helped. The same numbers are in the table “How much it helped: ${names}” below.`}
      />
      <PairShareTable caption={`How much it helped: ${names}`} rowHeader="How much it helped" pair={pair} pick={(p) => p.effectiveness} />

      <h4>Side effects</h4>
      {sideNames.length === 0 ? (
        <p className="muted">Neither has a side effect named by {threshold} or more members.</p>
      ) : (
        <DataTable className="insight-table insight-table--compare" caption={`Side effects named by members: ${names}`}>
          <PairHead pair={pair} first="Side effect" />
          <tbody>
            {sideNames.map((name) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {pair.map((p) => {
                  const s = p.sideEffects.find((x) => x.name === name);
                  return (
                    <td key={p.intervention.id} className="insight-table__number">
                      {s ? (
                        <>
                          <CellText cell={s.members} /> (<PercentText percent={s.percent} />)
                        </>
                      ) : (
                        <span className="muted">not listed</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h4>Sticking to it</h4>
      <PairShareTable caption={`How closely members could stick to it: ${names}`} rowHeader="Sticking to it" pair={pair} pick={(p) => p.adherence} />
      <h4>Effort or hassle</h4>
      <PairShareTable caption={`How much effort or hassle it is: ${names}`} rowHeader="Effort or hassle" pair={pair} pick={(p) => p.burden} />
    </div>
  );
}

function PairHead({ pair, first }: { pair: readonly InterventionInsightFieldsFragment[]; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {pair.map((p) => (
          <th key={p.intervention.id} scope="col" className="insight-table__number">
            {p.intervention.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A distribution for both: "10 (50%)" or "fewer than 8 (–)" in each column. */
function PairShareTable({
  caption,
  rowHeader,
  pair,
  pick,
}: {
  caption: string;
  rowHeader: string;
  pair: readonly InterventionInsightFieldsFragment[];
  pick: (p: InterventionInsightFieldsFragment) => readonly InsightShareFieldsFragment[];
}) {
  const rows = pick(pair[0]!);
  return (
    <DataTable className="insight-table insight-table--compare" caption={caption}>
      <PairHead pair={pair} first={rowHeader} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {pair.map((p) => {
              const s = pick(p).find((x) => x.key === r.key);
              return (
                <td key={p.intervention.id} className="insight-table__number">
                  {s ? (
                    <>
                      <CellText cell={s.count} /> (<PercentText percent={s.percent} />)
                    </>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
