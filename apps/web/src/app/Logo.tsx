/** Two overlapping rings: people alongside each other. Decorative; the link says "Kindred". */
export function Logo({ size = 36 }: { size?: number }) {
  return (
    <svg
      className="logo"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="9" fill="#0b6e69" />
      <circle cx="12.5" cy="16" r="7" fill="none" stroke="#ffffff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="7" fill="none" stroke="#f6c28b" strokeWidth="2.5" />
    </svg>
  );
}
