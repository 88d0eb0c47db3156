import type { Effectiveness } from '../../../generated/graphql';
import { plural } from '../../../app/ui/format';
import { EFFECTIVENESS_LABELS } from '../labels';

/**
 * How much an intervention helped, as a table that draws its own bars: one row per level
 * (labelled by its row header), the number of reports and the share as a number and a bar.
 * Screen readers get a plain data table with a caption; the bars are decoration.
 */
export function EffectivenessChart({
  interventionName,
  counts,
  total,
}: {
  interventionName: string;
  counts: readonly { effectiveness: Effectiveness; count: number }[];
  total: number;
}) {
  return (
    <table className="effect-chart">
      <caption className="effect-chart__caption">
        How much {interventionName} helped, from {plural(total, 'report')}
      </caption>
      <thead>
        <tr>
          <th scope="col">How much it helped</th>
          <th scope="col" className="effect-chart__number">
            Reports
          </th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => {
          const share = total > 0 ? Math.round((c.count / total) * 100) : 0;
          return (
            <tr key={c.effectiveness}>
              <th scope="row" className="effect-chart__level">
                {EFFECTIVENESS_LABELS[c.effectiveness].label}
              </th>
              <td className="effect-chart__number">{c.count.toLocaleString('en-GB')}</td>
              <td className="effect-chart__share">
                <span className="effect-chart__bar" aria-hidden="true">
                  <span
                    className={`effect-chart__fill effect-chart__fill--${c.effectiveness}`}
                    style={{ width: `${share}%` }}
                  />
                </span>
                <span className="effect-chart__percent">{share}%</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
