import { createHash } from 'node:crypto';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/** A page reached by address (a link from elsewhere, a bookmark) and the modules it needs at once. */
export interface RoutePreload {
  /** Matched against the request's path. */
  path: RegExp;
  /** Module paths (ending), each in a lazily loaded chunk (its entry, or grouped): the page, its prefetch. */
  modules: string[];
  /** Whether the page's <head> gets the early-data script (below). */
  early?: boolean;
}

/** A script of its own (no imports, run as soon as it arrives) that starts the page's data requests. */
export interface EarlyScript {
  /** Its source module (bundled on its own, with what it imports, as one classic script). */
  input: string;
  /** Import aliases, as the app's (e.g. @kindred/contracts). */
  alias: Record<string, string>;
  /** Modules free of side effects (as in the app's build), so that only what it uses is bundled. */
  pure: RegExp[];
}

/**
 * Lists, per route, the chunks a page opened by address needs at once (its own, those they
 * import and their stylesheets, less those index.html loads anyway) in `route-preload.json`
 * beside index.html. The API serves index.html with `<link rel="modulepreload">` for them (and
 * `rel="preload"` for the stylesheets)
 * (apps/api/src/common/http/web-index.ts), so the page's code downloads alongside the app's
 * scripts instead of after them, and no page pays for another's list.
 */
export function routePreload(routes: RoutePreload[], early?: EarlyScript): Plugin {
  return {
    name: 'kindred:route-preload',
    apply: 'build',
    async generateBundle(_options, bundle) {
      let script: string | undefined;
      if (early) {
        const build = await rolldown({
          input: early.input,
          platform: 'browser',
          resolve: { alias: early.alias },
          treeshake: { moduleSideEffects: early.pure.map((test) => ({ test, sideEffects: false })) },
          logLevel: 'warn',
        });
        try {
          const { output } = await build.generate({ format: 'iife', minify: true });
          const code = output[0].code;
          script = `assets/early-data-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
          this.emitFile({ type: 'asset', fileName: script, source: code });
        } finally {
          await build.close();
        }
      }
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      // A chunk's scripts, and the stylesheets Vite loads with them before the page can show.
      const walk = (fileName: string, into: Set<string>) => {
        if (into.has(fileName)) return;
        into.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') return;
        for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
        for (const imported of chunk.imports) walk(imported, into);
      };
      const initial = new Set<string>();
      for (const entry of chunks.filter((c) => c.isEntry)) walk(entry.fileName, initial);
      const table = routes.map((route) => {
        const files = new Set<string>();
        for (const module of route.modules) {
          // The chunk the module is the entry of, or (grouped with other modules) the one that holds it.
          const chunk =
            chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(module)) ??
            chunks.find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(module)));
          if (!chunk) this.error(`route-preload: no chunk holds ${module} (renamed? see vite.config.ts)`);
          walk(chunk.fileName, files);
        }
        return {
          path: route.path.source,
          ...(route.early && script ? { script: `/${script}` } : {}),
          files: [...files].filter((f) => !initial.has(f)).map((f) => `/${f}`),
        };
      });
      this.emitFile({ type: 'asset', fileName: 'route-preload.json', source: `${JSON.stringify(table, null, 2)}\n` });
    },
  };
}
