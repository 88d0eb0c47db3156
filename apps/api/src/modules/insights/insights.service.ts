import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ADHERENCE,
  BURDEN,
  changeOf,
  displayCell,
  EFFECTIVENESS,
  percentOf,
  publishCount,
  publishGroup,
  snapToWeeks,
  type Cell,
  type DisclosureConfig,
} from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, fieldError, forbidden, notFound } from '../../common/errors/app-error';
import { isUuid } from '../../common/validation/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DURATION_BANDS, refreshDirty } from './insights-rollup';

/** A published count with how it reads. */
export interface ShownCell extends Cell {
  display: string;
}
export interface Share {
  key: string;
  label: string;
  count: ShownCell;
  percent: number | null;
}
export interface SideEffectInsight {
  name: string;
  members: ShownCell;
  percent: number | null;
  severity: Share[];
}
export interface InterventionInsight {
  intervention: { id: string; slug: string; name: string; category: string };
  members: ShownCell;
  effectiveness: Share[];
  adherence: Share[];
  burden: Share[];
  durationBands: Share[];
  /** The band holding the median, when the number of members is shown. */
  medianDuration: string | null;
  sideEffects: SideEffectInsight[];
}
export interface ActivityWeek {
  weekStart: string;
  threads: ShownCell;
  replies: ShownCell;
  reports: ShownCell;
}
export interface TrendItem {
  key: string;
  label: string;
  current: ShownCell;
  previous: ShownCell;
  change: number | null;
}
export interface ConditionInsights {
  condition: { id: string; slug: string; name: string };
  from: Date;
  /** Exclusive: the Monday after the last week. */
  to: Date;
  weeks: number;
  threshold: number;
  roundingBase: number;
  computedAt: Date;
  interventions: InterventionInsight[];
  activity: ActivityWeek[];
  topTags: TrendItem[];
  topInterventions: TrendItem[];
}

const LABELS: Record<string, string> = {
  major: 'Major improvement',
  moderate: 'Moderate',
  slight: 'Slight',
  none: 'No effect',
  cant_tell: 'Can’t tell',
  as_intended: 'As intended',
  mostly: 'Mostly',
  sometimes: 'Sometimes',
  rarely: 'Rarely',
  stopped: 'Stopped',
  low: 'Low',
  high: 'High',
  mild: 'Mild',
  severe: 'Severe',
};
const BURDEN_LABELS: Record<string, string> = { none: 'None', low: 'Low', moderate: 'Moderate', high: 'High' };
const bandLabel = (i: number) => {
  const lo = DURATION_BANDS[i]!;
  const hi = DURATION_BANDS[i + 1];
  return hi === undefined ? `${lo}+ weeks` : `${lo}–${hi - 1} weeks`;
};

type Sums = Record<string, number>;

/**
 * Clinician insights: aggregates only, every number through disclosure control. Reads the
 * weekly rollups (refreshed for the condition first), never a person's report.
 */
@Injectable()
export class InsightsService {
  private readonly disclosure: DisclosureConfig;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.disclosure = { threshold: config.insights.threshold, base: config.insights.base };
  }

  /** Verified clinicians and admins only. */
  assertMayView(viewer: AuthUser): void {
    if (viewer.role === 'admin') return;
    if (viewer.role !== 'clinician') throw forbidden('Insights are for verified clinicians.');
    if (viewer.clinicianStatus !== 'verified') {
      throw new AppError('CLINICIAN_NOT_VERIFIED', 'Your clinician account is waiting for an administrator to verify it.');
    }
  }

  /** A count shown on its own: a zero is suppressed like 1–7 (see publishCount). */
  private cell(n: number): ShownCell {
    const c = publishCount(n, this.disclosure, { suppressZero: true });
    return { ...c, display: displayCell(c, this.disclosure) };
  }
  private shown(c: Cell): ShownCell {
    return { ...c, display: displayCell(c, this.disclosure) };
  }
  private group(keys: readonly string[], counts: number[], total: number, labels: Record<string, string> = LABELS): Share[] {
    const g = publishGroup(counts, total, this.disclosure);
    return keys.map((key, i) => ({ key, label: labels[key] ?? key, count: this.shown(g.cells[i]!), percent: g.percents[i]! }));
  }

  private period(from: Date, to: Date) {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
      throw fieldError('from', 'REQUIRED', 'Give a start and an end date.');
    }
    if (from > to) {
      throw fieldError('to', 'OUT_OF_RANGE', 'The end date is before the start date.');
    }
    const p = snapToWeeks(from, to);
    if (p.weeks > this.config.insights.maxWeeks) {
      throw fieldError('to', 'OUT_OF_RANGE', `Choose at most ${this.config.insights.maxWeeks} weeks.`);
    }
    return p;
  }

  async condition(idOrSlug: string): Promise<{ id: string; slug: string; name: string }> {
    const [c]: { id: string; slug: string; name: string }[] = await this.db.query(
      `SELECT id, slug, name FROM conditions WHERE ${isUuid(idOrSlug) ? 'id = $1::uuid' : 'slug = $1'}`,
      [idOrSlug],
    );
    if (!c) throw notFound('That condition');
    return c;
  }

  async dashboard(viewer: AuthUser, conditionIdOrSlug: string, from: Date, to: Date, only?: string[]): Promise<ConditionInsights> {
    this.assertMayView(viewer);
    const p = this.period(from, to);
    const condition = await this.condition(conditionIdOrSlug);
    await refreshDirty(this.db, { conditionId: condition.id });
    const prevFrom = new Date(p.from.getTime() - (p.to.getTime() - p.from.getTime()));
    const args = [condition.id, p.from, p.to];

    const reportRows: (Sums & { intervention_id: string; slug: string; name: string; category: string })[] = await this.db.query(
      `SELECT w.intervention_id, i.slug, i.name, i.category, sum(members)::int AS members,
              sum(eff_major)::int AS major, sum(eff_moderate)::int AS moderate, sum(eff_slight)::int AS slight,
              sum(eff_none)::int AS none, sum(eff_cant_tell)::int AS cant_tell,
              sum(adh_as_intended)::int AS as_intended, sum(adh_mostly)::int AS mostly, sum(adh_sometimes)::int AS sometimes,
              sum(adh_rarely)::int AS rarely, sum(adh_stopped)::int AS stopped,
              sum(burden_none)::int AS b_none, sum(burden_low)::int AS b_low, sum(burden_moderate)::int AS b_moderate,
              sum(burden_high)::int AS b_high
         FROM insight_report_weeks w JOIN interventions i ON i.id = w.intervention_id
        WHERE w.condition_id = $1 AND w.week >= $2::date AND w.week < $3::date
        GROUP BY w.intervention_id, i.slug, i.name, i.category`,
      args,
    );
    const durationRows: { intervention_id: string; band: number; n: number }[] = await this.db.query(
      `SELECT w.intervention_id, u.band::int, sum(u.n)::int AS n
         FROM insight_report_weeks w, unnest(w.duration) WITH ORDINALITY AS u(n, band)
        WHERE w.condition_id = $1 AND w.week >= $2::date AND w.week < $3::date
        GROUP BY 1, 2`,
      args,
    );
    const sideRows: { intervention_id: string; name: string; members: number; mild: number; moderate: number; severe: number }[] =
      await this.db.query(
        `SELECT intervention_id, name, sum(members)::int AS members, sum(mild)::int AS mild, sum(moderate)::int AS moderate,
                sum(severe)::int AS severe
           FROM insight_side_effect_weeks
          WHERE condition_id = $1 AND week >= $2::date AND week < $3::date
          GROUP BY 1, 2`,
        args,
      );
    const previousMembers: { intervention_id: string; name: string; members: number }[] = await this.db.query(
      `SELECT w.intervention_id, i.name, sum(members)::int AS members
         FROM insight_report_weeks w JOIN interventions i ON i.id = w.intervention_id
        WHERE w.condition_id = $1 AND w.week >= $2::date AND w.week < $3::date GROUP BY 1, 2`,
      [condition.id, prevFrom, p.from],
    );
    const activityRows: { week: string; threads: number; replies: number; reports: number }[] = await this.db.query(
      `SELECT week::text, threads, replies, reports FROM insight_activity_weeks
        WHERE condition_id = $1 AND week >= $2::date AND week < $3::date ORDER BY week`,
      args,
    );
    const tagRows: { tag: string; label: string | null; current: number; previous: number }[] = await this.db.query(
      `SELECT w.tag, t.label, sum(w.threads) FILTER (WHERE w.week >= $2::date)::int AS current,
              coalesce(sum(w.threads) FILTER (WHERE w.week < $2::date), 0)::int AS previous
         FROM insight_tag_weeks w LEFT JOIN tags t ON t.slug = w.tag
        WHERE w.condition_id = $1 AND w.week >= $4::date AND w.week < $3::date
        GROUP BY w.tag, t.label`,
      [condition.id, p.from, p.to, prevFrom],
    );

    // Interventions asked for by id (the compare view) are listed even with no reports.
    if (only?.length) {
      const known = new Set(reportRows.map((r) => r.intervention_id));
      const missing = only.filter((id) => !known.has(id));
      if (missing.length) {
        const extra: { id: string; slug: string; name: string; category: string }[] = await this.db.query(
          `SELECT id, slug, name, category FROM interventions WHERE id = ANY($1::uuid[])`,
          [missing],
        );
        if (extra.length !== missing.length) throw notFound('That intervention');
        for (const i of extra) reportRows.push({ intervention_id: i.id, slug: i.slug, name: i.name, category: i.category, members: 0 } as never);
      }
    }

    const interventions = reportRows
      .filter((r) => !only || only.includes(r.intervention_id))
      .map((r) => this.intervention(r, durationRows, sideRows))
      .sort((a, b) => (b.members.value ?? -1) - (a.members.value ?? -1) || a.intervention.name.localeCompare(b.intervention.name));
    if (only) interventions.sort((a, b) => only.indexOf(a.intervention.id) - only.indexOf(b.intervention.id));

    const byWeek = new Map(activityRows.map((r) => [r.week, r]));
    const activity: ActivityWeek[] = [];
    for (let t = p.from.getTime(); t < p.to.getTime(); t += 7 * 86_400_000) {
      const week = new Date(t).toISOString().slice(0, 10);
      const r = byWeek.get(week);
      activity.push({ weekStart: week, threads: this.cell(r?.threads ?? 0), replies: this.cell(r?.replies ?? 0), reports: this.cell(r?.reports ?? 0) });
    }

    const trend = (key: string, label: string, current: number, previous: number): TrendItem => {
      const c = this.cell(current);
      const b = this.cell(previous);
      return { key, label, current: c, previous: b, change: changeOf(c, b) };
    };
    const ranked = (items: TrendItem[]) =>
      items
        // Only what is shown in one period or the other; ranked by shown values, never by hidden ones.
        .filter((i) => !i.current.suppressed || !i.previous.suppressed)
        .filter((i) => (i.current.value ?? 0) > 0 || (i.previous.value ?? 0) > 0)
        .sort((a, b) => (b.current.value ?? 0) - (a.current.value ?? 0) || a.label.localeCompare(b.label))
        .slice(0, 10);
    const prev = new Map(previousMembers.map((r) => [r.intervention_id, r]));
    const names = new Map([...reportRows.map((r) => [r.intervention_id, r.name] as const), ...previousMembers.map((r) => [r.intervention_id, r.name] as const)]);
    const topInterventions = ranked(
      [...names.keys()].map((id) =>
        trend(id, names.get(id)!, reportRows.find((r) => r.intervention_id === id)?.members ?? 0, prev.get(id)?.members ?? 0),
      ),
    );
    const topTags = ranked(tagRows.map((r) => trend(r.tag, r.label ?? r.tag, r.current ?? 0, r.previous)));

    return {
      condition,
      from: p.from,
      to: p.to,
      weeks: p.weeks,
      threshold: this.disclosure.threshold,
      roundingBase: this.disclosure.base,
      computedAt: new Date(),
      interventions,
      activity,
      topTags,
      topInterventions,
    };
  }

  private intervention(
    r: Sums & { intervention_id: string; slug: string; name: string; category: string },
    durations: { intervention_id: string; band: number; n: number }[],
    sides: { intervention_id: string; name: string; members: number; mild: number; moderate: number; severe: number }[],
  ): InterventionInsight {
    const total = r.members ?? 0;
    const members = this.cell(total);
    const bands = DURATION_BANDS.map((_, i) => durations.find((d) => d.intervention_id === r.intervention_id && d.band === i + 1)?.n ?? 0);
    let medianDuration: string | null = null;
    if (!members.suppressed && total > 0) {
      let seen = 0;
      const idx = bands.findIndex((n) => (seen += n) >= total / 2);
      medianDuration = bandLabel(idx);
    }
    // Side effect names are typed by members: a name appears only when enough members reported it.
    const sideEffects = sides
      .filter((s) => s.intervention_id === r.intervention_id && !publishCount(s.members, this.disclosure).suppressed)
      .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name))
      .slice(0, 10)
      .map((s) => {
        const c = this.cell(s.members);
        return {
          name: s.name,
          members: c,
          percent: percentOf(c, members),
          severity: this.group(['mild', 'moderate', 'severe'], [s.mild, s.moderate, s.severe], s.members),
        };
      });
    return {
      intervention: { id: r.intervention_id, slug: r.slug, name: r.name, category: r.category },
      members,
      effectiveness: this.group(EFFECTIVENESS, EFFECTIVENESS.map((k) => r[k] ?? 0), total),
      adherence: this.group(ADHERENCE, ADHERENCE.map((k) => r[k] ?? 0), total),
      burden: this.group(BURDEN, BURDEN.map((k) => r[`b_${k}`] ?? 0), total, BURDEN_LABELS),
      durationBands: this.group(
        DURATION_BANDS.map((_, i) => `band_${i}`),
        bands,
        total,
        Object.fromEntries(DURATION_BANDS.map((_, i) => [`band_${i}`, bandLabel(i)])),
      ),
      medianDuration,
      sideEffects,
    };
  }

  /** The dashboard as CSV: exactly the published numbers, with the period, the rules and the time in its header. */
  toCsv(d: ConditionInsights): string {
    const q = (v: string | number | null) => {
      const s = v === null ? '' : String(v);
      // Quote always; neutralise spreadsheet formulas in text cells.
      return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
    };
    const row = (...cells: (string | number | null)[]) => cells.map(q).join(',');
    const lastDay = new Date(d.to.getTime() - 86_400_000).toISOString().slice(0, 10);
    const lines = [
      `# Kindred clinician insights: ${d.condition.name}`,
      `# Period: ${d.from.toISOString().slice(0, 10)} to ${lastDay} (${d.weeks} whole weeks, Monday to Sunday, UTC)`,
      `# Disclosure control: counts from 1 to ${d.threshold - 1} are shown as "fewer than ${d.threshold}"; other counts are rounded to the nearest ${d.roundingBase}; percentages are computed from rounded counts; threshold ${d.threshold}, rounding base ${d.roundingBase}`,
      `# Only members who consented to clinician insights are counted.`,
      `# Computed at: ${d.computedAt.toISOString()}`,
      '',
      row('section', 'intervention', 'measure', 'value', 'count', 'percent'),
    ];
    for (const i of d.interventions) {
      const name = i.intervention.name;
      lines.push(row('intervention', name, 'reporting members', '', i.members.display, null));
      for (const [measure, shares] of [
        ['effectiveness', i.effectiveness],
        ['adherence', i.adherence],
        ['burden', i.burden],
        ['duration of use', i.durationBands],
      ] as const) {
        for (const s of shares) lines.push(row('intervention', name, measure, s.label, s.count.display, s.percent));
      }
      lines.push(row('intervention', name, 'median duration of use', i.medianDuration ?? '', '', null));
      for (const s of i.sideEffects) {
        lines.push(row('intervention', name, 'side effect', s.name, s.members.display, s.percent));
        for (const v of s.severity) lines.push(row('intervention', name, `side effect severity: ${s.name}`, v.label, v.count.display, v.percent));
      }
    }
    for (const w of d.activity) {
      lines.push(row('activity', '', 'new threads', w.weekStart, w.threads.display, null));
      lines.push(row('activity', '', 'new replies', w.weekStart, w.replies.display, null));
      lines.push(row('activity', '', 'new reports', w.weekStart, w.reports.display, null));
    }
    for (const t of d.topTags) lines.push(row('top tags', '', t.label, `previous period: ${t.previous.display}`, t.current.display, null));
    for (const t of d.topInterventions) {
      lines.push(row('top interventions', t.label, 'reporting members', `previous period: ${t.previous.display}`, t.current.display, null));
    }
    return `${lines.join('\n')}\n`;
  }
}
