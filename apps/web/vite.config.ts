import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.ts';
import { routePreload } from './route-preload.ts';
import { firstPageLibraries, noChunkCycles, pageSetChunk, sharedChunkNames } from './shared-chunks.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';
const contracts = here('../../libs/contracts/src/index.ts');
// The generated operations modules (apps/web/codegen.ts) only declare documents and hooks:
// marked free of side effects, a module nothing imports from is left out, so each one goes
// to the chunks of the pages that use it rather than with the re-exporting module to the
// first page.
// libs/contracts is constants and pure functions too: a page that uses its routes does not
// carry its audit-action list.
const BARRELS = [
  { id: /apps\/web\/src\/generated\/graphql\.ts$/, specifier: /generated\/graphql(\.ts)?$/ },
  { id: /libs\/contracts\/src\/index\.ts$/, specifier: /^@kindred\/contracts$/ },
];
// The pages most often opened by address (a link from elsewhere, a search result, a bookmark) and
// the chunk that fetches their data before the first render: their code is one chunk ('reading',
// below), which the HTML of such a page preloads (routePreload).
const READING = ['src/pages/ConditionPage.tsx', 'src/pages/GroupPage.tsx', 'src/pages/ThreadPage.tsx', 'src/app/first-page-ready.ts'];
const SIDE_EFFECT_FREE = [/apps[\\/]web[\\/]src[\\/]generated[\\/]/, /libs[\\/]contracts[\\/]src[\\/]/];

// Pages few people open, or open to change something rather than to read (see modulePreload below).
const RARE_PAGES =
  /(^|\/)(Admin\w*|Moderation\w*|GroupModeration|OrganisationConsole|DataExport|DeleteAccount|Sessions|Security|NotificationSettings|Goodbye|VerifyEmail|ForgotPassword|ResetPassword|Welcome\w*|Insights|OpenData|EditThread|EditReport|CareArea|ShareCare)Page-[\w-]+\.js$/;

/** The Kindred web client. `vite build` writes to dist/apps/web, which the API serves. */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  publicDir: here('public'),
  plugins: [
    react(),
    // The pages most often opened by address: the API preloads their code (and the chunk that
    // fetches their data, app/first-page-ready.ts) from the HTML. The paths mirror router.tsx and
    // app/first-page.ts; the build fails if a module here is no longer a chunk's entry.
    // Their <head> also gets a small script that asks for the page's data at once (app/early-data.ts).
    routePreload(
      [
        { path: /^\/conditions\/[^/]+\/?$/, modules: READING, early: true },
        { path: /^\/groups\/[^/]+\/?$/, modules: READING, early: true },
        { path: /^\/threads\/[^/]+\/?$/, modules: READING, early: true },
      ],
      // Bundled on its own with only the documents and helpers it uses: the generated modules'
      // hooks get stand-ins for React Query and the GraphQL client (app/early-data-stubs.ts).
      {
        input: here('src/app/early-data.ts'),
        alias: {
          '@kindred/contracts': contracts,
          '@tanstack/react-query': here('src/app/early-data-stubs.ts'),
          '../../app/graphql-client': here('src/app/early-data-stubs.ts'),
        },
        pure: SIDE_EFFECT_FREE,
      },
    ),
    noChunkCycles(),
    precompress(),
  ],
  resolve: {
    alias: [
      { find: '@kindred/contracts', replacement: contracts },
      // react-router's package exports name only its development build (with its dev-time
      // warnings and checks); the package ships a production build too, which a production
      // bundle uses (~4 KB less gzipped on every page).
      ...(mode === 'production'
        ? [
            { find: /^react-router$/, replacement: here('../../node_modules/react-router/dist/production/index.mjs') },
            { find: /^react-router\/dom$/, replacement: here('../../node_modules/react-router/dist/production/dom-export.mjs') },
          ]
        : []),
    ],
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Browsers that run es2022 modules know <link rel="modulepreload"> (or do without it).
    // A page's chunk lists what to fetch with it, less the libraries the HTML has loaded already.
    // The admin, moderation, account-settings, account-recovery, insights and editing pages list
    // only their stylesheets: their chunks then fetch what they import themselves (one more
    // round trip for the few who open them), and the first page does not carry their lists.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'html'
          ? deps
          : RARE_PAGES.test(file)
            ? deps.filter((d) => d.endsWith('.css'))
            : deps.filter((d) => !/(^|\/)(rolldown-runtime|libs)-[\w-]+\.js$/.test(d)),
    },
    rolldownOptions: {
      treeshake: { moduleSideEffects: SIDE_EFFECT_FREE.map((test) => ({ test, sideEffects: false })) },
      output: {
        // The shared chunks' names list every page that uses them: too long for a file name.
        chunkFileNames: (chunk) => (chunk.name.startsWith('shared') ? 'assets/shared-[hash].js' : 'assets/[name]-[hash].js'),
        assetFileNames: (asset) =>
          asset.names.some((n) => n.startsWith('shared')) ? 'assets/shared-[hash][extname]' : 'assets/[name]-[hash][extname]',
        // Libraries in chunks of their own, which change less often than the app (cached across
        // releases): what every page runs of React, the router and React Query in one ('libs': one
        // gzip stream compresses them ~0.8 KB smaller than three, and they are loaded together
        // anyway); the Socket.IO client and recharts only with the code that uses them
        // (notifications and chat, insights). Then the app's own modules, the entry included:
        // those the first page runs in one chunk ('app'), and the rest that
        // several pages share in a few chunks grouped by the pages that use them, so that a page
        // loads a handful of files instead of twenty small ones (on HTTP/1.1 a browser opens at
        // most six connections to a host).
        codeSplitting: {
          groups: [
            {
              name: firstPageLibraries({ main: here('src/main.tsx'), test: /node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@tanstack\/[\w-]+)\//, name: 'libs' }),
              debugName: 'libs',
              test: /node_modules[\\/]/,
              priority: 30,
            },
            { name: 'socket', test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/, priority: 20 },
            // The condition, group and thread pages, first-page-ready.ts and what they import that
            // the first page does not, in one chunk: such a page opened by address fetches one file
            // with its code instead of 8-10 (shared-chunks.ts, pageSetChunk).
            {
              name: pageSetChunk({
                main: here('src/main.tsx'),
                entries: READING.map(here),
                test: /apps\/web\/src\/|libs\/contracts\//,
                name: 'reading',
                barrels: BARRELS,
              }),
              debugName: 'reading',
              includeDependenciesRecursively: false,
              test: /apps[\\/]web[\\/]src[\\/]|libs[\\/]contracts[\\/]/,
              priority: 15,
            },
            { name: 'app', tags: ['$initial'], test: /apps[\\/]web[\\/]src[\\/]|libs[\\/]contracts[\\/]/, priority: 10 },
            // Grouped by the pages that use them, small groups merged only where the chunks stay
            // free of import cycles (shared-chunks.ts; the noChunkCycles plugin checks every build).
            {
              name: sharedChunkNames({ main: here('src/main.tsx'), test: /apps\/web\/src\/|libs\/contracts\//, barrels: BARRELS, claimedBy: READING.map(here), mergeBelow: 12_000, minSimilarity: 0.3 }),
              debugName: 'shared',
              includeDependenciesRecursively: false,
              test: /apps[\\/]web[\\/]src[\\/]|libs[\\/]contracts[\\/]/,
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      // Data-export downloads (a plain GET with the session cookie).
      '/account/exports': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
}));
