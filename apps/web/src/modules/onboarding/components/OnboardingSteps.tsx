import '../onboarding.css';

const STEPS = ['Your conditions', 'Groups for you', 'Say hello'] as const;

/** Where the member is in the three steps after sign-up (each one skippable). */
export function OnboardingSteps({ current }: { current: 1 | 2 | 3 }) {
  return (
    <nav aria-label="Getting started">
      <ol className="steps">
        {STEPS.map((label, i) => (
          <li key={label} aria-current={i + 1 === current ? 'step' : undefined} className={i + 1 < current ? 'steps__done' : undefined}>
            {label}
          </li>
        ))}
      </ol>
    </nav>
  );
}
