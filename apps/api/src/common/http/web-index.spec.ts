import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webIndex } from './web-index';

const HTML = '<!doctype html><html><head><title>Kindred</title>\n  </head><body><div id="root"></div></body></html>';

describe('webIndex (index.html with the page’s code preloaded)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-web-index-'));
    writeFileSync(join(dir, 'index.html'), HTML);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds modulepreload links for the route the path matches, and only for it', () => {
    writeFileSync(
      join(dir, 'route-preload.json'),
      JSON.stringify([
        { path: '^\\/groups\\/[^/]+\\/?$', files: ['/assets/GroupPage-abc.js', '/assets/shared-x1.js', '/assets/shared-y2.css'] },
        { path: '^\\/threads\\/[^/]+\\/?$', files: ['/assets/ThreadPage-def.js'] },
      ]),
    );
    const indexFor = webIndex(dir);
    const group = indexFor('/groups/living-with-copd');
    expect(group).toContain('<link rel="modulepreload" crossorigin href="/assets/GroupPage-abc.js">');
    expect(group).toContain('<link rel="modulepreload" crossorigin href="/assets/shared-x1.js">');
    expect(group).toContain('<link rel="preload" as="style" crossorigin href="/assets/shared-y2.css">');
    expect(group).not.toContain('ThreadPage');
    expect(group.indexOf('GroupPage-abc.js')).toBeLessThan(group.indexOf('</head>'));
    expect(indexFor('/threads/1')).toContain('href="/assets/ThreadPage-def.js"');
    // Other pages (and deeper paths) get the file as built.
    expect(indexFor('/')).toBe(HTML);
    expect(indexFor('/groups/living-with-copd/new')).toBe(HTML);
  });

  it('puts the early-data script first in <head> for the routes that have one', () => {
    writeFileSync(
      join(dir, 'route-preload.json'),
      JSON.stringify([
        { path: '^\\/threads\\/[^/]+\\/?$', script: '/assets/early-data-abc.js', files: ['/assets/ThreadPage-def.js'] },
        { path: '^\\/groups\\/[^/]+\\/?$', files: ['/assets/GroupPage-abc.js'] },
      ]),
    );
    const indexFor = webIndex(dir);
    const thread = indexFor('/threads/1');
    expect(thread).toContain('<script async fetchpriority="high" src="/assets/early-data-abc.js"></script>');
    expect(thread.indexOf('early-data-abc.js')).toBeLessThan(thread.indexOf('<title>'));
    expect(thread.indexOf('early-data-abc.js')).toBeLessThan(thread.indexOf('ThreadPage-def.js'));
    expect(indexFor('/groups/a')).not.toContain('<script');
    expect(indexFor('/')).toBe(HTML);
  });

  it('never writes anything but a same-origin script path into the page', () => {
    writeFileSync(
      join(dir, 'route-preload.json'),
      JSON.stringify([
        {
          path: '^\\/groups\\/',
          script: '/assets/a"></script><script>alert(1)</script>.js',
          files: ['https://elsewhere.example/x.js', '/assets/a"><script>.js', '/assets/x.svg', '/assets/ok.js'],
        },
        { path: '^\\/threads\\/', script: 'https://elsewhere.example/early.js', files: [] },
      ]),
    );
    const page = webIndex(dir)('/groups/a');
    expect(page).toContain('href="/assets/ok.js"');
    expect(page).not.toContain('elsewhere');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('x.svg');
    expect(page).not.toContain('alert');
    expect(webIndex(dir)('/threads/1')).not.toContain('elsewhere');
  });

  it('serves the plain file without a route-preload.json, and reads a new build', () => {
    const indexFor = webIndex(dir);
    expect(indexFor('/groups/a')).toBe(HTML);
    const rebuilt = HTML.replace('Kindred', 'Kindred 2');
    writeFileSync(join(dir, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'index.html'), later, later);
    expect(indexFor('/groups/a')).toBe(rebuilt);
  });
});
