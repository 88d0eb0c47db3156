import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { DataTable } from '../../../app/ui/DataTable';
import type { ConditionInsightsQuery } from '../../../generated/graphql';
import { shortDay, weekLabel } from '../period';
import { CellText } from './InsightTables';

type ActivityWeek = ConditionInsightsQuery['conditionInsights']['activity'][number];

const SERIES = [
  { key: 'threads', name: 'New threads', color: '#0b6e69', dash: undefined },
  { key: 'replies', name: 'New replies', color: '#a34a1f', dash: '6 3' },
  { key: 'reports', name: 'New what-works reports', color: '#1b4f9c', dash: '2 3' },
] as const;

const AXIS_TEXT = '#4b5961';
export const ACTIVITY_TABLE_ID = 'insight-activity-table';

/**
 * Threads, replies and reports per week (recharts lines). A week whose count is hidden is a
 * gap in its line, never a zero; the table below carries every week, hidden ones included.
 */
export function ActivityChart({ weeks, threshold }: { weeks: readonly ActivityWeek[]; threshold: number }) {
  const data = weeks.map((w) => ({
    week: shortDay(w.weekStart),
    threads: w.threads.suppressed ? null : w.threads.value,
    replies: w.replies.suppressed ? null : w.replies.value,
    reports: w.reports.suppressed ? null : w.reports.value,
  }));
  const anyHidden = weeks.some((w) => w.threads.suppressed || w.replies.suppressed || w.reports.suppressed);

  return (
    <>
      <figure className="insight-chart">
        <div className="insight-chart__plot" aria-hidden="true">
          <LineChart
            data={data}
            responsive
            style={{ width: '100%', height: 260 }}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid vertical={false} stroke="#e5dfd6" />
            <XAxis dataKey="week" tick={{ fill: AXIS_TEXT, fontSize: 12 }} stroke={AXIS_TEXT} minTickGap={12} />
            <YAxis allowDecimals={false} width={36} tick={{ fill: AXIS_TEXT, fontSize: 12 }} stroke={AXIS_TEXT} />
            {SERIES.map((s) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash}
                dot={{ r: 3, fill: s.color }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </div>
        <figcaption className="insight-chart__caption">
          <ul className="insight-legend">
            {SERIES.map((s) => (
              <li key={s.key}>
                <span className={`insight-legend__line insight-legend__line--${s.key}`} aria-hidden="true" />
                {s.name}
              </li>
            ))}
          </ul>
          <span className="insight-chart__note">
            Line chart of new threads, replies and what-works reports each week. The same numbers are in the table “Activity
            each week” below.
            {anyHidden ? ` Weeks with fewer than ${threshold} are gaps in the lines, not zeros.` : ''}
          </span>
        </figcaption>
      </figure>
      <DataTable id={ACTIVITY_TABLE_ID} caption="Activity each week" wrapClassName="table-wrap--tall">
        <thead>
          <tr>
            <th scope="col">Week (Monday to Sunday)</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col" className="insight-table__number">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{weekLabel(w.weekStart)}</th>
              <td className="insight-table__number">
                <CellText cell={w.threads} />
              </td>
              <td className="insight-table__number">
                <CellText cell={w.replies} />
              </td>
              <td className="insight-table__number">
                <CellText cell={w.reports} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
