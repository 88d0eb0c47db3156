import type { Plugin } from 'vite';

/** What Rolldown's code-splitting `name` functions are given (only what is used here). */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[]; code: string | null } | null;
}

export interface SharedChunksOptions {
  /** The module the app starts from (its static imports are the first page's, left to other groups). */
  main: string;
  /** Which modules are grouped (the app's own code). */
  test: RegExp;
  /**
   * Modules that only re-export others (generated/graphql.ts: every operation's module;
   * libs/contracts' index), each with the import specifier that names it: an import from one
   * counts as an import of the modules that export the names imported, as tree-shaking leaves it
   * (modules free of side effects).
   */
  barrels: { id: RegExp; specifier: RegExp }[];
  /** Groups smaller than this (bytes of source) are merged into another when that keeps the chunks acyclic. */
  mergeBelow: number;
  /** ... into the group whose pages are most alike (Jaccard index of the two sets of pages), if at least this. */
  minSimilarity: number;
  /** Lazily loaded modules whose code is a chunk of its own (`pageSetChunk`): left out, with everything they import. */
  claimedBy?: string[];
}

interface Group {
  /** The entries (the app's start and every lazily loaded module) that reach these modules through static imports. */
  entries: Set<string>;
  modules: string[];
  size: number;
  /** Groups these modules import from. */
  out: Set<Group>;
  into: Group | null;
}

/**
 * Names the chunks of the app's modules that several lazily loaded pages share, so that a page
 * loads a handful of files instead of one per set of pages (on HTTP/1.1 a browser opens at most
 * six connections to a host), **without chunks that import each other**.
 *
 * Modules used by the same set of entries form a group. Such groups never import each other in a
 * circle: a module imported by another is reached from every entry that reaches the importer, so
 * an import goes from a group to one with more entries, or stays inside it. Small groups are then
 * merged into the one used by the most similar set of pages (at least `minSimilarity`), and a
 * merge is made only when no import path leaves the pair and comes back into it: the chunks stay
 * a graph without cycles, so each chunk runs after everything it reads from. (Rolldown's own
 * `entriesAwareMergeThreshold` merges without that check; two chunks then imported each other and
 * a page read a value before it was set.) `noChunkCycles` checks the result in every build.
 *
 * Returns the `name` function of a code-splitting group: a chunk name per module, or null for
 * modules it leaves to the other groups (the first page's, a single page's own).
 */
export function sharedChunkNames(options: SharedChunksOptions): (id: string, ctx: ModuleGraph) => string | null {
  let computedFor: ModuleGraph | null = null;
  let names = new Map<string, string>();
  return (id, ctx) => {
    if (computedFor !== ctx) {
      names = computeNames(options, ctx);
      computedFor = ctx;
    }
    return names.get(id) ?? null;
  };
}

function computeNames({ main, test, barrels, mergeBelow, minSimilarity, claimedBy = [] }: SharedChunksOptions, ctx: ModuleGraph): Map<string, string> {
  const { staticDeps, entries, sizes } = moduleGraph(main, barrels, ctx);
  // What pageSetChunk puts in a chunk of its own: not grouped here (that chunk imports only the
  // first page's and the libraries' chunks, so no circle can pass through it).
  const claimed = claimedModules(main, claimedBy, staticDeps);

  // Which entries reach each module through static imports.
  const reachedBy = new Map<string, Set<string>>();
  for (const entry of entries) {
    const seen = new Set([entry]);
    const todo = [entry];
    while (todo.length) {
      const id = todo.pop() as string;
      let set = reachedBy.get(id);
      if (!set) reachedBy.set(id, (set = new Set()));
      set.add(entry);
      for (const dep of staticDeps.get(id) ?? []) {
        if (!seen.has(dep)) {
          seen.add(dep);
          todo.push(dep);
        }
      }
    }
  }

  // Groups by the set of entries; the first page's modules and a single page's own are not shared.
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, Group>();
  // Left out: an entry stays in its own chunk with what only it uses (grouped, the chunk that
  // re-exports it and the group would import each other).
  for (const [id, by] of reachedBy) {
    const path = id.replace(/\\/g, '/');
    if (!test.test(path) || entries.has(id) || by.has(main) || by.size < 2 || claimed.has(id)) continue;
    const key = [...by].sort().join('\n');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { entries: by, modules: [], size: 0, out: new Set(), into: null }));
    group.modules.push(id);
    group.size += sizes.get(id) ?? 0;
    groupOf.set(id, group);
  }
  // Each lazily loaded entry's own chunk, with the modules only it reaches, is a node of the
  // import graph too (never merged): a group that imports an entry, which imports the group's
  // merged partner, would close a circle through it.
  const own = new Map<string, Group>();
  for (const entry of entries) {
    if (entry !== main && !claimed.has(entry)) own.set(entry, { entries: new Set([entry]), modules: [], size: 0, out: new Set(), into: null });
  }
  const nodeOf = (id: string) => groupOf.get(id) ?? own.get(id);
  for (const [id, group] of groupOf) {
    for (const dep of staticDeps.get(id) ?? []) {
      const target = nodeOf(dep);
      if (target && target !== group) group.out.add(target);
    }
  }
  for (const [entry, node] of own) {
    const seen = new Set([entry]);
    const todo = [entry];
    while (todo.length) {
      const id = todo.pop() as string;
      for (const dep of staticDeps.get(id) ?? []) {
        if (seen.has(dep)) continue;
        seen.add(dep);
        const target = nodeOf(dep);
        if (target) {
          if (target !== node) node.out.add(target);
        } else if (!reachedBy.get(dep)?.has(main)) {
          todo.push(dep);
        }
      }
    }
  }

  const live = new Set(groups.values());
  const all = [...live, ...own.values()];
  // Is there an import path from `from` to `to` through some other group (so merging them would close a circle)?
  const reachesThroughOthers = (from: Group, to: Group): boolean => {
    const seen = new Set<Group>([from, to]);
    const todo = [...from.out].filter((g) => g !== to);
    for (const g of todo) seen.add(g);
    while (todo.length) {
      const g = todo.pop() as Group;
      for (const next of g.out) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    return false;
  };
  // How alike two groups' pages are: pages that use both, of the pages that use either.
  const similarity = (a: Group, b: Group) => {
    let both = 0;
    for (const e of a.entries) if (b.entries.has(e)) both++;
    return both / (a.entries.size + b.entries.size - both);
  };

  for (;;) {
    const small = [...live].filter((g) => g.size < mergeBelow).sort((a, b) => a.size - b.size);
    let merged = false;
    for (const g of small) {
      const candidates = [...live]
        .filter((other) => other !== g && similarity(g, other) >= minSimilarity)
        .filter((other) => !reachesThroughOthers(g, other) && !reachesThroughOthers(other, g))
        .sort((a, b) => similarity(g, b) - similarity(g, a) || b.size - a.size);
      const target = candidates[0];
      if (!target) continue;
      // Merge g into target.
      target.modules.push(...g.modules);
      target.size += g.size;
      target.entries = new Set([...target.entries, ...g.entries]);
      for (const next of g.out) if (next !== target) target.out.add(next);
      target.out.delete(g);
      for (const other of all) {
        if (other.out.delete(g) && other !== target) other.out.add(target);
      }
      g.into = target;
      live.delete(g);
      merged = true;
      break;
    }
    if (!merged) break;
  }

  // A name per chunk, the same from build to build while its modules are (the file name adds a content hash).
  const names = new Map<string, string>();
  for (const group of live) {
    const name = `shared-${hash([...group.modules].sort().join('|'))}`;
    for (const id of group.modules) names.set(id, name);
  }
  return names;
}

/**
 * The app's module graph, from its start through static and dynamic imports: each module's static
 * imports (those of a re-exporting module resolved to the modules exporting what is imported), the
 * entries (the start and every lazily loaded module) and each module's size.
 */
function moduleGraph(main: string, barrels: SharedChunksOptions['barrels'], ctx: ModuleGraph) {
  // The whole graph, from the app's start through static and dynamic imports.
  const staticDeps = new Map<string, readonly string[]>();
  const entries = new Set<string>([main]);
  const sizes = new Map<string, number>();
  const stack = [main];
  while (stack.length) {
    const id = stack.pop() as string;
    if (staticDeps.has(id)) continue;
    const info = ctx.getModuleInfo(id);
    staticDeps.set(id, info?.importedIds ?? []);
    sizes.set(id, info?.code?.length ?? 0);
    for (const dep of info?.importedIds ?? []) stack.push(dep);
    for (const dep of info?.dynamicallyImportedIds ?? []) {
      entries.add(dep);
      stack.push(dep);
    }
  }
  for (const barrel of barrels) resolveReexports(staticDeps, barrel, ctx);
  return { staticDeps, entries, sizes };
}

/** The modules reached through static imports from `roots`, less those reached from `main` (the first page's). */
function claimedModules(main: string, roots: string[], staticDeps: Map<string, readonly string[]>): Set<string> {
  const reach = (from: string[]) => {
    const seen = new Set<string>();
    const todo = [...from];
    while (todo.length) {
      const id = todo.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(staticDeps.get(id) ?? []));
    }
    return seen;
  };
  if (!roots.length) return new Set();
  const first = reach([main]);
  return new Set([...reach(roots)].filter((id) => !first.has(id)));
}

/**
 * A code-splitting `name` function that puts a few lazily loaded pages (`entries`), and everything
 * they import that the first page does not, in one chunk (`name`): a page of the set opened by
 * address then fetches one file with its code instead of one per set of pages sharing a module
 * (on a slow link each file is a share of it and, over HTTP/1.1's six connections, often a round
 * trip of its own). The price: each page of the set downloads the others' code too, and a page
 * outside the set that uses one of these modules loads the whole chunk. Such a chunk imports only
 * the first page's chunks and the libraries', so it cannot be part of an import cycle.
 */
export function pageSetChunk(options: {
  main: string;
  entries: string[];
  test: RegExp;
  name: string;
  barrels: SharedChunksOptions['barrels'];
}): (id: string, ctx: ModuleGraph) => string | null {
  let computedFor: ModuleGraph | null = null;
  let claimed = new Set<string>();
  return (id, ctx) => {
    if (computedFor !== ctx) {
      claimed = claimedModules(options.main, options.entries, moduleGraph(options.main, options.barrels, ctx).staticDeps);
      computedFor = ctx;
    }
    return claimed.has(id) && options.test.test(id.replace(/\\/g, '/')) ? options.name : null;
  };
}

/**
 * Replaces the imports of a re-exporting module by imports of the modules that export the names
 * imported from it (read from the importer's code). Without this, every operation would seem used
 * by every page that imports any operation.
 */
function resolveReexports(staticDeps: Map<string, readonly string[]>, barrel: { id: RegExp; specifier: RegExp }, ctx: ModuleGraph): void {
  for (const [barrelId, reexported] of staticDeps) {
    if (!barrel.id.test(barrelId.replace(/\\/g, '/'))) continue;
    const exporter = new Map<string, string>();
    for (const id of reexported) {
      for (const m of (ctx.getModuleInfo(id)?.code ?? '').matchAll(/export\s+(?:const|let|var|function|class)\s+([\w$]+)/g)) {
        exporter.set(m[1] as string, id);
      }
    }
    // The barrel keeps its own code's imports (none of the re-exported modules).
    staticDeps.set(barrelId, reexported.filter((id) => ![...exporter.values()].includes(id)));
    for (const [id, deps] of staticDeps) {
      if (id === barrelId || !deps.includes(barrelId)) continue;
      const code = ctx.getModuleInfo(id)?.code ?? '';
      const used = new Set<string>();
      let resolved = true;
      for (const m of code.matchAll(/import\s*(\*\s*as\s*[\w$]+|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
        if (!barrel.specifier.test(m[2] as string)) continue;
        if ((m[1] as string).startsWith('*')) resolved = false;
        for (const spec of (m[1] as string).replace(/[{}]/g, '').split(',')) {
          const name = spec.trim().split(/\s+as\s+/)[0];
          const from = name ? exporter.get(name) : undefined;
          if (from) used.add(from);
        }
      }
      if (resolved) staticDeps.set(id, [...new Set([...deps, ...used])]);
      else staticDeps.set(id, [...new Set([...deps, ...reexported])]);
    }
  }
}

/**
 * A code-splitting `name` function for libraries: `name` for modules that `test` matches and the
 * first page statically imports (from `main`); null for the rest, which go with the pages that use them.
 */
export function firstPageLibraries(options: { main: string; test: RegExp; name: string }): (id: string, ctx: ModuleGraph) => string | null {
  let computedFor: ModuleGraph | null = null;
  let initial = new Set<string>();
  return (id, ctx) => {
    if (!options.test.test(id.replace(/\\/g, '/'))) return null;
    if (computedFor !== ctx) {
      initial = new Set<string>();
      const todo = [options.main];
      while (todo.length) {
        const next = todo.pop() as string;
        if (initial.has(next)) continue;
        initial.add(next);
        todo.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
      computedFor = ctx;
    }
    return initial.has(id) ? options.name : null;
  };
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * Fails the build when chunks import each other in a circle (statically): one of them would run
 * before the other has set what it reads, and the page fails to start.
 */
export function noChunkCycles(): Plugin {
  return {
    name: 'kindred:no-chunk-cycles',
    apply: 'build',
    generateBundle(_options, bundle) {
      const imports = new Map<string, string[]>();
      for (const c of Object.values(bundle)) if (c.type === 'chunk') imports.set(c.fileName, c.imports);
      const state = new Map<string, 'open' | 'done'>();
      const path: string[] = [];
      const visit = (file: string): void => {
        if (state.get(file) === 'done') return;
        if (state.get(file) === 'open') {
          this.error(`chunks import each other: ${[...path.slice(path.indexOf(file)), file].join(' -> ')} (see apps/web/shared-chunks.ts)`);
        }
        state.set(file, 'open');
        path.push(file);
        for (const next of imports.get(file) ?? []) visit(next);
        path.pop();
        state.set(file, 'done');
      };
      for (const file of imports.keys()) visit(file);
    },
  };
}
