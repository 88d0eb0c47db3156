import { DataTable } from '../../../app/ui/DataTable';
import type { CareAreaPageQuery } from '../../../generated/graphql';
import { CellBarChart } from '../../insights/components/CellBarChart';

type Page = CareAreaPageQuery['careAreaPage'];

const SERIES = [
  { key: 'poor', name: 'Poor (1–2)', color: '#b3412e' },
  { key: 'middling', name: 'OK (3)', color: '#8a6d1f' },
  { key: 'good', name: 'Good (4–5)', color: '#2f6f5e' },
] as const;

/**
 * The three ratings over the last quarters: one chart each (the insights' bar chart, drawing
 * suppressed counts as hatched bars), each followed by its data table with every published number.
 */
export function AreaCharts({ page }: { page: Page }) {
  return (
    <>
      {['seen', 'listened', 'involved'].map((key) => {
        const label = page.quarters[0]?.ratings.find((r) => r.rating === key)?.label ?? key;
        const rows = page.quarters.map((q) => {
          const r = q.ratings.find((x) => x.rating === key)!;
          return { quarter: q, r };
        });
        return (
          <section key={key} className="section" aria-labelledby={`rating-${key}`}>
            <h3 id={`rating-${key}`}>{label}</h3>
            <div className="care-chart-slot">
              <CellBarChart
                rows={rows.map(({ quarter, r }) => ({ key: quarter.start, label: quarter.label, cells: { poor: r.poor, middling: r.middling, good: r.good } }))}
                series={SERIES}
                threshold={page.threshold}
                caption={`Members’ ratings of “${label.toLowerCase()}” per quarter. The table below has every number.`}
                labelWidth={104}
              />
            </div>
            <DataTable caption={`${label}: members’ ratings per quarter`}>
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col">Members</th>
                  <th scope="col">Poor (1–2)</th>
                  <th scope="col">OK (3)</th>
                  <th scope="col">Good (4–5)</th>
                  <th scope="col">Good, %</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ quarter, r }) => (
                  <tr key={quarter.start}>
                    <th scope="row">{quarter.label}</th>
                    <td>{r.total.display}</td>
                    <td>{r.poor.display}</td>
                    <td>{r.middling.display}</td>
                    <td>{r.good.display}</td>
                    <td>{r.goodPercent === null ? '–' : `${r.goodPercent}%`}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>
        );
      })}
    </>
  );
}
