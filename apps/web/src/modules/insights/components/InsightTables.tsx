import type { ReactNode } from 'react';
import { DataTable } from '../../../app/ui/DataTable';
import type {
  InsightCellFieldsFragment,
  InsightShareFieldsFragment,
  InsightTrendFieldsFragment,
} from '../../../generated/graphql';

/** A published count as the server wrote it ("25", "fewer than 8"), marked when hidden. */
export function CellText({ cell }: { cell: InsightCellFieldsFragment }) {
  return cell.suppressed ? <span className="insight-hidden">{cell.display}</span> : <>{cell.display}</>;
}

/** A server-computed percentage; null when a count it depends on is hidden. */
export function PercentText({ percent }: { percent: number | null }) {
  return percent === null ? (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">not shown</span>
    </span>
  ) : (
    <>{`${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`}</>
  );
}

/** "+5", "−5", "0", or "not shown" when either period's count is hidden. */
export function ChangeText({ change }: { change: number | null }) {
  if (change === null) return <span className="muted">not shown</span>;
  if (change === 0) return <>no change</>;
  return <>{change > 0 ? `+${change}` : `−${Math.abs(change)}`}</>;
}

/** A distribution (effectiveness, adherence …): one row per answer, members and share. */
export function ShareTable({
  id,
  caption,
  rowHeader,
  shares,
}: {
  id?: string;
  caption: ReactNode;
  rowHeader: string;
  shares: readonly InsightShareFieldsFragment[];
}) {
  return (
    <DataTable id={id} className="insight-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="insight-table__number">
            Members
          </th>
          <th scope="col" className="insight-table__number">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.key}>
            <th scope="row">{s.label}</th>
            <td className="insight-table__number">
              <CellText cell={s.count} />
            </td>
            <td className="insight-table__number">
              <PercentText percent={s.percent} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Top tags or interventions: this period against the one just before. */
export function TrendTable({
  caption,
  rowHeader,
  items,
  emptyText,
}: {
  caption: ReactNode;
  rowHeader: string;
  items: readonly InsightTrendFieldsFragment[];
  emptyText: string;
}) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <DataTable className="insight-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="insight-table__number">
            This period
          </th>
          <th scope="col" className="insight-table__number">
            Previous period
          </th>
          <th scope="col" className="insight-table__number">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((t) => (
          <tr key={t.key}>
            <th scope="row">{t.label}</th>
            <td className="insight-table__number">
              <CellText cell={t.current} />
            </td>
            <td className="insight-table__number">
              <CellText cell={t.previous} />
            </td>
            <td className="insight-table__number">
              <ChangeText change={t.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
