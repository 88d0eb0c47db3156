import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { routePreload } from './route-preload.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';

/** The Kindred web client. `vite build` writes to dist/apps/web, which the API serves. */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  publicDir: here('public'),
  plugins: [
    react(),
    // The pages most often opened by address: the API preloads their code (and the chunk that
    // fetches their data, app/prefetch.ts) from the HTML. The paths mirror router.tsx and
    // app/first-page.ts; the build fails if a module here is no longer a chunk's entry.
    routePreload([
      { path: /^\/conditions\/[^/]+\/?$/, modules: ['src/pages/ConditionPage.tsx', 'src/app/prefetch.ts'] },
      { path: /^\/groups\/[^/]+\/?$/, modules: ['src/pages/GroupPage.tsx', 'src/app/prefetch.ts'] },
      { path: /^\/threads\/[^/]+\/?$/, modules: ['src/pages/ThreadPage.tsx', 'src/app/prefetch.ts'] },
    ]),
  ],
  resolve: {
    alias: [
      { find: '@kindred/contracts', replacement: here('../../libs/contracts/src/index.ts') },
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
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((d) => !/(^|\/)(rolldown-runtime|react|router|query)-[\w-]+\.js$/.test(d)),
    },
    rolldownOptions: {
      // The generated operations modules (apps/web/codegen.ts) only declare documents and hooks:
      // marked free of side effects, a module nothing imports from is left out, so each one goes
      // to the chunks of the pages that use it rather than with the re-exporting module to the
      // first page.
      // libs/contracts is constants and pure functions too: a page that uses its routes does not
      // carry its audit-action list.
      treeshake: {
        moduleSideEffects: [
          { test: /apps[\\/]web[\\/]src[\\/]generated[\\/]/, sideEffects: false },
          { test: /libs[\\/]contracts[\\/]src[\\/]/, sideEffects: false },
        ],
      },
      // The shared chunks below are grouped by the pages that use them, and the grouping can leave
      // two chunks importing each other; then one chunk's code may run before a value it reads
      // from the other is set (a page failed to start on "Cannot read properties of undefined").
      // Rolldown keeps every module's source order across chunks, wrapping only the modules such
      // a cycle puts at risk.
      experimental: { onDemandWrapping: true },
      output: {
        strictExecutionOrder: true,
        // The shared chunks' names list every page that uses them: too long for a file name.
        chunkFileNames: (chunk) => (chunk.name.startsWith('shared') ? 'assets/shared-[hash].js' : 'assets/[name]-[hash].js'),
        assetFileNames: (asset) =>
          asset.names.some((n) => n.startsWith('shared')) ? 'assets/shared-[hash][extname]' : 'assets/[name]-[hash][extname]',
        // Libraries in chunks of their own, which change less often than the app (cached across
        // releases): React, the router and React Query on every page; the Socket.IO client and
        // recharts only with the code that uses them (notifications and chat, insights). Then the
        // app's own modules: those the first page runs in one chunk ('app'), and the rest that
        // several pages share in a few chunks grouped by the pages that use them, so that a page
        // loads a handful of files instead of twenty small ones (on HTTP/1.1 a browser opens at
        // most six connections to a host).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 20 },
            { name: 'query', tags: ['$initial'], test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'socket', test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/, priority: 20 },
            // The shared contracts (limits, routes, enums) in a chunk of their own: it imports nothing,
            // so no cycle between the app's chunks can reach a constant before it is defined (a page
            // that read LIMITS at load time once found it undefined).
            { name: 'contracts', test: /libs[\\/]contracts[\\/]/, priority: 15 },
            { name: 'app', tags: ['$initial'], test: /apps[\\/]web[\\/]src[\\/](?!main\.tsx)|libs[\\/]contracts[\\/]/, priority: 10 },
            { name: 'shared', test: /apps[\\/]web[\\/]src[\\/]|libs[\\/]contracts[\\/]/, minShareCount: 2, entriesAware: true, entriesAwareMergeThreshold: 12000, priority: 5 },
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
