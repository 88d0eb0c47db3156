/**
 * The order of a guide's entries. Positions are one sequence over the whole guide (0, 1, 2 …)
 * in which each heading's entries sit together; sections come in the order of their first entry.
 * Pure functions, so the rules are easy to test and the service writes the result in one query.
 */
export interface OrderedEntry {
  id: string;
  heading: string;
}

/** Trims and collapses white space; the same heading whatever the spacing. */
export const cleanHeading = (heading: string) => heading.trim().replace(/\s+/g, ' ');

const sameHeading = (a: string, b: string) => a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');

/** The guide's own spelling of a heading that matches `heading` (case aside), or `heading` itself. */
export function canonicalHeading(list: readonly OrderedEntry[], heading: string): string {
  return list.find((e) => sameHeading(e.heading, heading))?.heading ?? heading;
}

/** Stable grouping: entries of one heading together, sections in the order they first appear. */
export function groupSections(list: readonly OrderedEntry[]): OrderedEntry[] {
  const sections: OrderedEntry[][] = [];
  for (const entry of list) {
    const section = sections.find((s) => sameHeading(s[0]!.heading, entry.heading));
    if (section) section.push({ ...entry, heading: section[0]!.heading });
    else sections.push([entry]);
  }
  return sections.flat();
}

/** Runs of entries under the same heading, as sections (the list is already in guide order). */
export function sectionsOf<T extends { heading: string }>(list: readonly T[]): { heading: string; entries: T[] }[] {
  const sections: { heading: string; entries: T[] }[] = [];
  for (const entry of list) {
    const last = sections.at(-1);
    if (last && last.heading === entry.heading) last.entries.push(entry);
    else sections.push({ heading: entry.heading, entries: [entry] });
  }
  return sections;
}

/**
 * Moves (or adds) `id` under `heading` at `index` within that section (past the end: last).
 * A heading the guide does not have yet starts a new section at the end.
 */
export function place(list: readonly OrderedEntry[], id: string, heading: string, index?: number): OrderedEntry[] {
  const rest = groupSections(list.filter((e) => e.id !== id));
  const target = canonicalHeading(rest, heading);
  const first = rest.findIndex((e) => e.heading === target);
  if (first < 0) return [...rest, { id, heading: target }];
  const count = rest.filter((e) => e.heading === target).length;
  const at = first + Math.min(index ?? count, count);
  return [...rest.slice(0, at), { id, heading: target }, ...rest.slice(at)];
}

