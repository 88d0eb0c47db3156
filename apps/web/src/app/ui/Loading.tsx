/** A polite "loading" message with a spinner; never a blank page. */
export function Loading({ label = 'Loading…', className }: { label?: string; className?: string }) {
  return (
    <div className={`loading${className ? ` ${className}` : ''}`} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
