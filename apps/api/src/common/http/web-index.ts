import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of dist/apps/web/route-preload.json, written by the web build (apps/web/route-preload.ts). */
interface RoutePreload {
  /** A regular expression's source, matched against the request's path. */
  path: string;
  /** Same-origin script and stylesheet paths (/assets/…) the page needs at once. */
  files: string[];
  /** A script (/assets/….js) that starts the page's data requests as soon as it arrives. */
  script?: string;
}

const ASSET_PATH = /^\/assets\/[\w.~-]+\.(js|css)$/;
const SCRIPT_PATH = /^\/assets\/[\w.~-]+\.js$/;

const linkFor = (file: string) =>
  file.endsWith('.css')
    ? `    <link rel="preload" as="style" crossorigin href="${file}">\n`
    : `    <link rel="modulepreload" crossorigin href="${file}">\n`;

/**
 * The web client's index.html for a path: for the pages the build lists in route-preload.json
 * (a condition, a group, a thread), with `<link rel="modulepreload">` for the page's own code
 * (and `rel="preload"` for its stylesheets), so the browser fetches it alongside the app's
 * scripts instead of after them, and first in `<head>` the script that asks for the page's data
 * (apps/web/src/app/early-data.ts), so that does not wait for the app either. Anything else
 * gets the file as built. Read again when index.html changes (a new build under a running
 * server); without route-preload.json every path gets the plain file.
 */
export function webIndex(webDist: string): (path: string) => string {
  const indexPath = join(webDist, 'index.html');
  const preloadPath = join(webDist, 'route-preload.json');
  let loaded: { mtimeMs: number; html: string; routes: { path: RegExp; html: string }[] } | null = null;

  const load = () => {
    const mtimeMs = statSync(indexPath).mtimeMs;
    if (loaded?.mtimeMs === mtimeMs) return loaded;
    const html = readFileSync(indexPath, 'utf8');
    let entries: RoutePreload[] = [];
    try {
      entries = JSON.parse(readFileSync(preloadPath, 'utf8')) as RoutePreload[];
    } catch {
      entries = [];
    }
    const routes = entries.map((entry) => {
      const links = entry.files
        .filter((file) => ASSET_PATH.test(file))
        .map(linkFor)
        .join('');
      // The data script first in <head>, so it is the first thing the browser asks for after the
      // page, and at high priority: an async script is otherwise fetched at low priority, after
      // the modules preloaded below (on a slow link its requests then started ~0.7 s later).
      const script = entry.script && SCRIPT_PATH.test(entry.script) ? `<script async fetchpriority="high" src="${entry.script}"></script>` : '';
      const page = script ? html.replace(/<head>/i, (head) => `${head}\n    ${script}`) : html;
      return { path: new RegExp(entry.path), html: page.replace('</head>', `${links}  </head>`) };
    });
    loaded = { mtimeMs, html, routes };
    return loaded;
  };

  return (path: string) => {
    const { html, routes } = load();
    return routes.find((r) => r.path.test(path))?.html ?? html;
  };
}
