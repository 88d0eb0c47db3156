/** The first `max` characters of a plain-text body on one line, with "…" if it was longer. */
export function excerpt(text: string | null | undefined, max: number): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
