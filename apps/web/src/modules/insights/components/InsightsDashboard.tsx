import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { toRequestError } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formatDateTime } from '../../../app/ui/format';
import { signInPath } from '../../../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { useConditionInsightsQuery } from '../../../generated/graphql';
import type { ConditionInsightsQuery } from '../../../generated/graphql';
import { insightsCsvName } from '../hooks/downloadCsv';
import { useInsightConditions } from '../hooks/useInsightConditions';
import { defaultRange, describePeriod, disclosureRules, parseDay, periodDays, toApiDateTime } from '../period';
import { INSIGHTS_PARAMS, INSIGHTS_ROUTE } from '../routes';
import { ActivityChart } from './ActivityChart';
import { CompareInterventions } from './CompareInterventions';
import { ExportCsvButton } from './ExportCsvButton';
import { InsightsAccessNotice } from './InsightsAccessNotice';
import { InsightsFilters } from './InsightsFilters';
import type { FilterErrors, InsightsSelection } from './InsightsFilters';
import { TrendTable } from './InsightTables';
import { InterventionInsightCard } from './InterventionInsightCard';

/** The selection in the address (so it survives reloads and can be shared), defaults filled in. */
function readSelection(params: URLSearchParams): InsightsSelection {
  const fallback = defaultRange();
  const from = params.get(INSIGHTS_PARAMS.from);
  const to = params.get(INSIGHTS_PARAMS.to);
  return {
    condition: params.get(INSIGHTS_PARAMS.condition)?.slice(0, 120) ?? '',
    from: from !== null && parseDay(from) ? from : fallback.from,
    to: to !== null && parseDay(to) ? to : fallback.to,
  };
}

/** The API's refusals that belong on the form, as messages per field. */
function filterErrorsFrom(error: unknown): FilterErrors | null {
  const e = toRequestError(error);
  if (e.code === 'NOT_FOUND') return { condition: 'We could not find that condition. Choose one from the list.' };
  if (e.code !== 'VALIDATION_FAILED') return null;
  const from = e.fieldMessage('from');
  const to = e.fieldMessage('to');
  return from || to ? { from, to } : { form: e.message };
}

/**
 * Clinician insights for one condition over a period: the picker, then (once the API answers)
 * the period actually used with the disclosure rules, each intervention's charts and tables,
 * a comparison of two, activity per week and the top tags and interventions against the
 * period before. Every number arrives already disclosure-controlled; this only displays it.
 */
export function InsightsDashboard() {
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const conditions = useInsightConditions();
  const variables = {
    condition: selection.condition,
    from: toApiDateTime(selection.from),
    to: toApiDateTime(selection.to),
  };
  const q = useConditionInsightsQuery(variables, { enabled: selection.condition !== '', retry: false, staleTime: 60_000 });
  const error = q.isError ? toRequestError(q.error) : null;
  const serverErrors = useMemo(() => (error ? filterErrorsFrom(error) : null), [error]);

  const announce = useAnnounce();
  const answer = q.data?.conditionInsights;
  const summary = answer ? `${answer.condition.name}: ${describePeriod(answer.from, answer.to, answer.weeks)}` : null;
  useEffect(() => {
    if (summary && q.dataUpdatedAt) announce(`Insights shown for ${summary}.`);
  }, [summary, q.dataUpdatedAt, announce]);

  if (error?.code === 'CLINICIAN_NOT_VERIFIED') return <InsightsAccessNotice reason="pending" />;
  if (error?.code === 'FORBIDDEN') return <InsightsAccessNotice reason="not-clinician" />;
  if (error?.code === 'UNAUTHENTICATED') {
    return (
      <p className="notice">
        Your session has ended. <Link to={signInPath(`${INSIGHTS_ROUTE}?${params.toString()}`)}>Sign in again</Link> to see
        clinician insights.
      </p>
    );
  }

  const apply = (next: InsightsSelection) =>
    setParams(
      new URLSearchParams({
        [INSIGHTS_PARAMS.condition]: next.condition,
        [INSIGHTS_PARAMS.from]: next.from,
        [INSIGHTS_PARAMS.to]: next.to,
      }),
    );

  return (
    <>
      {conditions.isPending ? (
        <Loading label="Loading the conditions…" />
      ) : conditions.error ? (
        <ErrorPanel title="We couldn’t load the conditions" error={conditions.error} onRetry={() => void conditions.refetch()} />
      ) : (
        <InsightsFilters
          // A new selection in the address (Back, a shared link) starts the form again from it.
          key={`${selection.condition}|${selection.from}|${selection.to}`}
          conditions={conditions.conditions}
          initial={selection}
          serverErrors={serverErrors ?? {}}
          serverErrorKey={q.errorUpdateCount}
          onApply={apply}
        />
      )}

      {selection.condition === '' ? (
        <EmptyState>
          <p>Choose a condition to see what members living with it report. The period starts as the last 12 weeks.</p>
        </EmptyState>
      ) : q.isPending ? (
        <Loading label="Working out the insights…" />
      ) : error ? (
        serverErrors ? null : (
          <ErrorPanel title="We couldn’t load the insights" error={error} onRetry={() => void q.refetch()} />
        )
      ) : answer ? (
        <InsightsResults answer={answer} variables={variables} />
      ) : null}
    </>
  );
}

type Answer = ConditionInsightsQuery['conditionInsights'];

function InsightsResults({ answer, variables }: { answer: Answer; variables: { condition: string; from: string; to: string } }) {
  const period = describePeriod(answer.from, answer.to, answer.weeks);
  const [firstDay, lastDay] = periodDays(answer.from, answer.to);
  const shown = answer.interventions.filter((i) => !i.members.suppressed);
  const sections = [
    { id: 'insights-interventions', label: 'By treatment or approach' },
    { id: 'insights-compare', label: 'Compare two' },
    { id: 'insights-activity', label: 'Activity over time' },
    { id: 'insights-top-tags', label: 'Top tags' },
    { id: 'insights-top-interventions', label: 'Top treatments and approaches' },
  ];

  return (
    <div className="insights-results">
      <section className="panel insights-period" aria-labelledby="insights-period-title">
        <h2 id="insights-period-title" className="panel__title">
          {answer.condition.name}: {period}
        </h2>
        <p className="insights-period__rules">{disclosureRules(answer.threshold, answer.roundingBase)}</p>
        <p className="small">
          Only members who agreed to clinician insights are counted. Each member’s latest report on a treatment counts
          once, in the week they first filed it. Percentages are worked out from the rounded counts. Worked out{' '}
          <time dateTime={answer.computedAt}>{formatDateTime(answer.computedAt)}</time>.
        </p>
        <ExportCsvButton
          variables={variables}
          fileName={insightsCsvName(answer.condition.slug, firstDay, lastDay)}
        />
      </section>

      <nav className="insights-toc" aria-label="On this page">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="insights-interventions" className="section" aria-labelledby="insights-interventions-title">
        <h2 id="insights-interventions-title">What members report, by treatment or approach</h2>
        {answer.interventions.length === 0 ? (
          <p>
            No member who agreed to clinician insights reported on a treatment or approach for {answer.condition.name} in
            this period.
          </p>
        ) : (
          <div className="insights-cards">
            {answer.interventions.map((i) => (
              <InterventionInsightCard key={i.intervention.id} insight={i} threshold={answer.threshold} />
            ))}
          </div>
        )}
      </section>

      <section id="insights-compare" className="section" aria-labelledby="insights-compare-title">
        <h2 id="insights-compare-title">Compare two treatments or approaches</h2>
        <CompareInterventions
          key={`${variables.condition}|${answer.from}|${answer.to}`}
          condition={variables.condition}
          from={variables.from}
          to={variables.to}
          options={(shown.length >= 2 ? shown : answer.interventions).map((i) => ({ id: i.intervention.id, name: i.intervention.name }))}
          threshold={answer.threshold}
        />
      </section>

      <section id="insights-activity" className="section" aria-labelledby="insights-activity-title">
        <h2 id="insights-activity-title">Activity over time</h2>
        <p className="muted">New threads, replies and what-works reports about {answer.condition.name}, week by week.</p>
        <ActivityChart weeks={answer.activity} threshold={answer.threshold} />
      </section>

      <section id="insights-top-tags" className="section" aria-labelledby="insights-top-tags-title">
        <h2 id="insights-top-tags-title">Top tags</h2>
        <TrendTable
          caption={`Threads by tag: this period against the ${answer.weeks} weeks before`}
          rowHeader="Tag"
          items={answer.topTags}
          emptyText="No tag was used on enough threads to be shown."
        />
      </section>

      <section id="insights-top-interventions" className="section" aria-labelledby="insights-top-interventions-title">
        <h2 id="insights-top-interventions-title">Top treatments and approaches</h2>
        <TrendTable
          caption={`Reporting members: this period against the ${answer.weeks} weeks before`}
          rowHeader="Treatment or approach"
          items={answer.topInterventions}
          emptyText="No treatment or approach was reported on by enough members to be shown."
        />
      </section>

      <p className="small muted">
        Members decide whether their reports count here, and can change their mind at any time.
      </p>
    </div>
  );
}
