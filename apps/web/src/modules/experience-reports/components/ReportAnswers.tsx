import type { Adherence, Burden, CostBand, Effectiveness, SideEffectFieldsFragment } from '../../../generated/graphql';
import {
  ADHERENCE_FACT,
  BURDEN_LABELS,
  COST_BAND_LABELS,
  EFFECTIVENESS_LABELS,
  formatDuration,
  SEVERITY_LABELS,
} from '../labels';

export interface Answers {
  effectiveness: Effectiveness;
  sideEffects: readonly SideEffectFieldsFragment[];
  adherence: Adherence;
  burden: Burden;
  costBand: CostBand;
  durationWeeks: number;
  stillUsing: boolean;
}

/** A report's answers (or an earlier version's) as a definition list. */
export function ReportAnswers({ answers, className }: { answers: Answers; className?: string }) {
  const effect = EFFECTIVENESS_LABELS[answers.effectiveness];
  return (
    <dl className={`facts report-answers${className ? ` ${className}` : ''}`}>
      <div>
        <dt>How much it helped</dt>
        <dd>
          <strong>{effect.label}</strong>: {effect.hint.charAt(0).toLowerCase() + effect.hint.slice(1)}
        </dd>
      </div>
      <div>
        <dt>Side effects</dt>
        <dd>
          {answers.sideEffects.length === 0 ? (
            'None reported'
          ) : (
            <ul className="report-answers__list">
              {answers.sideEffects.map((s, i) => (
                <li key={`${i}:${s.name}`}>
                  {s.name} <span className="muted">({SEVERITY_LABELS[s.severity].toLowerCase()})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>How closely they could stick to it</dt>
        <dd>{ADHERENCE_FACT[answers.adherence]}</dd>
      </div>
      <div>
        <dt>Effort or hassle</dt>
        <dd>{BURDEN_LABELS[answers.burden]}</dd>
      </div>
      <div>
        <dt>Cost each month</dt>
        <dd>{COST_BAND_LABELS[answers.costBand]}</dd>
      </div>
      <div>
        <dt>How long they have used it</dt>
        <dd>{formatDuration(answers.durationWeeks)}</dd>
      </div>
      <div>
        <dt>Still using it</dt>
        <dd>{answers.stillUsing ? 'Yes' : 'No'}</dd>
      </div>
    </dl>
  );
}
