import type {
  Adherence,
  Burden,
  CostBand,
  Effectiveness,
  InterventionCategory,
  SideEffectSeverity,
} from '../../generated/graphql';
import { plural } from '../../app/ui/format';

/**
 * How each answer is named in the interface. The keys are the API's enum values (the
 * generated types), so a value the API adds shows up here as a type error.
 */

/** In the order the API lists them (most helpful first). */
export const EFFECTIVENESS_ORDER: readonly Effectiveness[] = ['major', 'moderate', 'slight', 'none', 'cant_tell'];

export const EFFECTIVENESS_LABELS: Record<Effectiveness, { label: string; hint: string }> = {
  major: { label: 'Major', hint: 'It made a big difference.' },
  moderate: { label: 'Moderate', hint: 'It helped noticeably.' },
  slight: { label: 'Slight', hint: 'It helped a little.' },
  none: { label: 'None', hint: 'It made no difference.' },
  cant_tell: { label: 'Can’t tell', hint: 'It’s too early to say, or hard to separate from other changes.' },
};

export const SEVERITY_ORDER: readonly SideEffectSeverity[] = ['mild', 'moderate', 'severe'];

export const SEVERITY_LABELS: Record<SideEffectSeverity, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

export const ADHERENCE_ORDER: readonly Adherence[] = ['as_intended', 'mostly', 'sometimes', 'rarely', 'stopped'];

export const ADHERENCE_LABELS: Record<Adherence, string> = {
  as_intended: 'As intended',
  mostly: 'Mostly',
  sometimes: 'Sometimes',
  rarely: 'Rarely',
  stopped: 'I stopped',
};

/** The report page describes someone else's answer, so "I stopped" reads as "Stopped" there. */
export const ADHERENCE_FACT: Record<Adherence, string> = { ...ADHERENCE_LABELS, stopped: 'Stopped' };

export const BURDEN_ORDER: readonly Burden[] = ['none', 'low', 'moderate', 'high'];

export const BURDEN_LABELS: Record<Burden, string> = {
  none: 'None',
  low: 'A little',
  moderate: 'A fair amount',
  high: 'A lot',
};

export const COST_BAND_ORDER: readonly CostBand[] = ['free', 'under_10', 'from_10_to_50', 'over_50', 'unknown'];

export const COST_BAND_LABELS: Record<CostBand, string> = {
  free: 'Nothing',
  under_10: 'Under £10',
  from_10_to_50: '£10 to £50',
  over_50: 'Over £50',
  unknown: 'Don’t know, or rather not say',
};

export const CATEGORY_ORDER: readonly InterventionCategory[] = [
  'medication',
  'therapy',
  'device',
  'lifestyle',
  'self_management',
  'service',
];

export const CATEGORY_LABELS: Record<InterventionCategory, string> = {
  medication: 'Medication',
  therapy: 'Therapy',
  device: 'Device',
  lifestyle: 'Lifestyle change',
  self_management: 'Self-management',
  service: 'Service',
};

/** "0 weeks", "3 weeks", "26 weeks (about 6 months)", "104 weeks (about 2 years)". */
export function formatDuration(weeks: number): string {
  const base = plural(weeks, 'week');
  if (weeks >= 104) return `${base} (about ${plural(Math.round(weeks / 52), 'year')})`;
  if (weeks >= 9) return `${base} (about ${plural(Math.round((weeks * 12) / 52), 'month')})`;
  return base;
}

/** Side effect names come back lower-cased in the aggregates: "upset stomach" → "Upset stomach". */
export function sentenceCase(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1) : text;
}
