import type { InterventionCategory, InterventionInsightFieldsFragment } from '../../../generated/graphql';
import { DataTable } from '../../../app/ui/DataTable';
import { CATEGORY_LABELS } from '../../experience-reports/labels';
import { CellBarChart } from './CellBarChart';
import type { ChartSeries } from './CellBarChart';
import { CellText, PercentText, ShareTable } from './InsightTables';

export const SINGLE_SERIES: ChartSeries = { key: 'count', name: 'Members', color: '#0b6e69' };

export const categoryLabel = (category: string): string =>
  CATEGORY_LABELS[category as InterventionCategory] ?? category.replace(/_/g, ' ');

export const effectivenessTableId = (slug: string) => `insight-effectiveness-${slug}`;
export const sideEffectsTableId = (slug: string) => `insight-side-effects-${slug}`;

/**
 * One intervention's published numbers: how many members reported on it, how much it helped
 * and the side effects they named (each a chart with its table), then adherence, effort and
 * duration as tables. When the number of members is itself hidden, nothing more is shown.
 */
export function InterventionInsightCard({
  insight,
  threshold,
}: {
  insight: InterventionInsightFieldsFragment;
  threshold: number;
}) {
  const { intervention: i, members } = insight;
  const headingId = `insight-${i.slug}`;
  return (
    <article className="insight-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="insight-card__title">
        {i.name} <span className="muted insight-card__category">({categoryLabel(i.category)})</span>
      </h3>
      <dl className="facts insight-card__facts">
        <div>
          <dt>Reporting members</dt>
          <dd>
            <CellText cell={members} />
          </dd>
        </div>
        <div>
          <dt>Median time using it</dt>
          <dd>{insight.medianDuration ?? <span className="muted">not shown</span>}</dd>
        </div>
      </dl>
      {members.suppressed ? (
        <p className="insight-card__hidden-note">
          Fewer than {threshold} members reported on {i.name} in this period, so nothing more is shown about it.
        </p>
      ) : (
        <>
          <div className="insight-card__grid">
            <div className="insight-card__part">
              <h4 id={`${headingId}-effect`}>How much it helped</h4>
              <CellBarChart
                rows={insight.effectiveness.map((s) => ({ key: s.key, label: s.label, cells: { count: s.count } }))}
                series={[SINGLE_SERIES]}
                threshold={threshold}
                caption={`Bar chart of members by how much ${i.name} helped. The same numbers are in the table “How much ${i.name} helped” below.`}
              />
              <ShareTable
                id={effectivenessTableId(i.slug)}
                caption={`How much ${i.name} helped`}
                rowHeader="How much it helped"
                shares={insight.effectiveness}
              />
            </div>
            <div className="insight-card__part">
              <h4 id={`${headingId}-side`}>Side effects</h4>
              {insight.sideEffects.length === 0 ? (
                <p className="muted">No side effect was named by {threshold} or more members, so none is listed.</p>
              ) : (
                <>
                  <CellBarChart
                    rows={insight.sideEffects.map((s) => ({ key: s.name, label: s.name, cells: { count: s.members } }))}
                    series={[SINGLE_SERIES]}
                    threshold={threshold}
                    caption={`Bar chart of members naming each side effect of ${i.name}. The same numbers are in the table “Side effects of ${i.name}” below.`}
                  />
                  <SideEffectsTable insight={insight} />
                </>
              )}
            </div>
          </div>
          <details className="insight-card__more">
            <summary>Sticking to it, effort and time using it</summary>
            <div className="insight-card__grid">
              <ShareTable caption={`How closely members could stick to ${i.name}`} rowHeader="Sticking to it" shares={insight.adherence} />
              <ShareTable caption={`How much effort or hassle ${i.name} is`} rowHeader="Effort or hassle" shares={insight.burden} />
              <ShareTable caption={`How long members have used ${i.name}`} rowHeader="Time using it" shares={insight.durationBands} />
            </div>
          </details>
        </>
      )}
    </article>
  );
}

/** Each named side effect: members naming it, their share, and how bad it was. */
function SideEffectsTable({ insight }: { insight: InterventionInsightFieldsFragment }) {
  const levels = insight.sideEffects[0]?.severity.map((v) => ({ key: v.key, label: v.label })) ?? [];
  return (
    <DataTable id={sideEffectsTableId(insight.intervention.slug)} className="insight-table" caption={`Side effects of ${insight.intervention.name}`}>
      <thead>
        <tr>
          <th scope="col">Side effect</th>
          <th scope="col" className="insight-table__number">
            Members
          </th>
          <th scope="col" className="insight-table__number">
            Share
          </th>
          {levels.map((l) => (
            <th key={l.key} scope="col" className="insight-table__number">
              {l.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {insight.sideEffects.map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            <td className="insight-table__number">
              <CellText cell={s.members} />
            </td>
            <td className="insight-table__number">
              <PercentText percent={s.percent} />
            </td>
            {levels.map((l) => {
              const v = s.severity.find((x) => x.key === l.key);
              return (
                <td key={l.key} className="insight-table__number">
                  {v ? <CellText cell={v.count} /> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
