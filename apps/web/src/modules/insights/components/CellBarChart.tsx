import { useId } from 'react';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { InsightCellFieldsFragment } from '../../../generated/graphql';

export interface ChartSeries {
  key: string;
  /** Shown in the legend when there is more than one series. */
  name: string;
  color: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** One published cell per series key. */
  cells: Record<string, InsightCellFieldsFragment>;
}

const hiddenKey = (seriesKey: string) => `${seriesKey}__hidden`;
const AXIS_TEXT = '#4b5961';
const GRID = '#e5dfd6';

/** Long category names are shortened on the axis; the table has them in full. */
const shorten = (label: string) => (label.length > 20 ? `${label.slice(0, 19)}…` : label);

/**
 * A horizontal bar chart of published counts (recharts). The data table next to it carries the
 * numbers, so the drawing is hidden from assistive technology and its caption points to the
 * table. A suppressed count is never drawn as zero: it is a hatched, dashed bar reaching the
 * largest value it could be (threshold − 1), and the legend says so.
 */
export function CellBarChart({
  rows,
  series,
  threshold,
  caption,
  labelWidth = 132,
}: {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  threshold: number;
  /** What the chart shows and where its table is, in words. */
  caption: ReactNode;
  labelWidth?: number;
}) {
  const patternBase = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const data = rows.map((r) => {
    const point: Record<string, string | number | null> = { label: r.label };
    for (const s of series) {
      const cell = r.cells[s.key];
      point[s.key] = cell && !cell.suppressed ? cell.value : null;
      point[hiddenKey(s.key)] = cell?.suppressed ? threshold - 1 : null;
    }
    return point;
  });
  const anyHidden = rows.some((r) => series.some((s) => r.cells[s.key]?.suppressed));
  const height = Math.max(120, rows.length * (series.length * 18 + 14) + 48);

  return (
    <figure className="insight-chart">
      <div className="insight-chart__plot" aria-hidden="true">
        <BarChart
          data={data}
          layout="vertical"
          responsive
          style={{ width: '100%', height }}
          accessibilityLayer={false}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          barGap={2}
          barCategoryGap="20%"
        >
          <defs>
            {series.map((s) => (
              <pattern
                key={s.key}
                id={`${patternBase}-${s.key}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="2.5" />
              </pattern>
            ))}
          </defs>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: AXIS_TEXT, fontSize: 12 }} stroke={AXIS_TEXT} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            tick={{ fill: AXIS_TEXT, fontSize: 12 }}
            tickFormatter={shorten}
            stroke={AXIS_TEXT}
          />
          {series.flatMap((s) => [
            <Bar key={s.key} dataKey={s.key} stackId={s.key} fill={s.color} maxBarSize={22} isAnimationActive={false} />,
            <Bar
              key={hiddenKey(s.key)}
              dataKey={hiddenKey(s.key)}
              stackId={s.key}
              fill={`url(#${patternBase}-${s.key})`}
              stroke={s.color}
              strokeDasharray="4 3"
              maxBarSize={22}
              isAnimationActive={false}
            />,
          ])}
        </BarChart>
      </div>
      <figcaption className="insight-chart__caption">
        {series.length > 1 || anyHidden ? (
          <ul className="insight-legend">
            {series.length > 1
              ? series.map((s) => (
                  <li key={s.key}>
                    <span className="insight-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
                    {s.name}
                  </li>
                ))
              : null}
            {anyHidden ? (
              <li>
                <span className="insight-legend__swatch insight-legend__swatch--hidden" aria-hidden="true" />
                Hatched bar: fewer than {threshold}, so the exact number is hidden (the bar shows the most it could be)
              </li>
            ) : null}
          </ul>
        ) : null}
        <span className="insight-chart__note">{caption}</span>
      </figcaption>
    </figure>
  );
}
