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

/** The module scripts and stylesheets index.html loads (as Vite writes them), in order. */
function initialFiles(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="stylesheet"[^>]*\shref)="([^"]+)"/g)) {
    if (ASSET_PATH.test(m[1] as string)) files.push(m[1] as string);
  }
  return files;
}

/**
 * A `Link` header value that preloads `files` as the page's own tags load them: module scripts
 * (`crossorigin`, as Vite's tags), stylesheets, and the data script (a classic `<script async>`,
 * no `crossorigin`). Module scripts as `rel=preload; as=script`, not `modulepreload`: Chromium
 * reuses the response for the module (one request per file in its network log either way), and
 * the request is not attributed to a script (a header's `modulepreload` was, which Lighthouse's
 * simulation took for a file the first paint does not need: its FCP then came before the page).
 */
const linkHeader = (files: string[], classicScript?: string) =>
  files
    .map((file) =>
      file === classicScript
        ? `<${file}>; rel=preload; as=script; fetchpriority=high`
        : file.endsWith('.css')
          ? `<${file}>; rel=preload; as=style; crossorigin`
          : `<${file}>; rel=preload; as=script; crossorigin`,
    )
    .join(', ');

/**
 * The web client's index.html for a path (the HTML of webPage, for tests and callers that need
 * only that).
 */
export function webIndex(webDist: string): (path: string) => string {
  const page = webPage(webDist);
  return (path) => page(path).html;
}

/** What the API sends for a page of the web client: the HTML, and a `Link` header for it. */
export interface WebPage {
  html: string;
  /** Preloads of what the HTML loads at once, for the response's `Link` header ('' for none). */
  link: string;
}

/**
 * The web client's index.html for a path: for the pages the build lists in route-preload.json
 * (a condition, a group, a thread), with `<link rel="modulepreload">` for the page's own code
 * (and `rel="preload"` for its stylesheets), so the browser fetches it alongside the app's
 * scripts instead of after them, and first in `<head>` the script that asks for the page's data
 * (apps/web/src/app/early-data.ts), so that does not wait for the app either. Anything else
 * gets the file as built. Read again when index.html changes (a new build under a running
 * server); without route-preload.json every path gets the plain file.
 *
 * With it, a `Link` header listing the same files (the app's scripts and stylesheet, and for
 * those pages their code and data script): the browser starts fetching them when the response's
 * headers arrive, before it has set up the page and parsed its `<head>` (on a phone that set-up
 * took ~0.5 s of the simulated load, during which no file was asked for).
 */
export function webPage(webDist: string): (path: string) => WebPage {
  const indexPath = join(webDist, 'index.html');
  const preloadPath = join(webDist, 'route-preload.json');
  let loaded: { mtimeMs: number; page: WebPage; routes: { path: RegExp; page: WebPage }[] } | null = null;

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
      const files = entry.files.filter((file) => ASSET_PATH.test(file));
      return {
        path: new RegExp(entry.path),
        page: {
          html: page.replace('</head>', `${links}  </head>`),
          link: linkHeader([...(entry.script && SCRIPT_PATH.test(entry.script) ? [entry.script] : []), ...initialFiles(html), ...files], entry.script),
        },
      };
    });
    loaded = { mtimeMs, page: { html, link: linkHeader(initialFiles(html)) }, routes };
    return loaded;
  };

  return (path: string) => {
    const { page, routes } = load();
    return routes.find((r) => r.path.test(path))?.page ?? page;
  };
}
