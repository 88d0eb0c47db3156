import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { routePreload } from './route-preload.ts';
import { noChunkCycles, sharedChunkNames } from './shared-chunks.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';
const contracts = here('../../libs/contracts/src/index.ts');
// The generated operations modules (apps/web/codegen.ts) only declare documents and hooks:
// marked free of side effects, a module nothing imports from is left out, so each one goes
// to the chunks of the pages that use it rather than with the re-exporting module to the
// first page.
// libs/contracts is constants and pure functions too: a page that uses its routes does not
// carry its audit-action list.
const SIDE_EFFECT_FREE = [/apps[\\/]web[\\/]src[\\/]generated[\\/]/, /libs[\\/]contracts[\\/]src[\\/]/];

/** The Kindred web client. `vite build` writes to dist/apps/web, which the API serves. */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  publicDir: here('public'),
  plugins: [
    react(),
    // The pages most often opened by address: the API preloads their code (and the chunk that
    // fetches their data, app/prefetch.ts) from the HTML. The paths mirror router.tsx and
    // app/first-page.ts; the build fails if a module here is no longer a chunk's entry.
    // Their <head> also gets a small script that asks for the page's data at once (app/early-data.ts).
    routePreload(
      [
        { path: /^\/conditions\/[^/]+\/?$/, modules: ['src/pages/ConditionPage.tsx', 'src/app/prefetch.ts'], early: true },
        { path: /^\/groups\/[^/]+\/?$/, modules: ['src/pages/GroupPage.tsx', 'src/app/prefetch.ts'], early: true },
        { path: /^\/threads\/[^/]+\/?$/, modules: ['src/pages/ThreadPage.tsx', 'src/app/prefetch.ts'], early: true },
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
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((d) => !/(^|\/)(rolldown-runtime|react|router|query)-[\w-]+\.js$/.test(d)),
    },
    rolldownOptions: {
      treeshake: { moduleSideEffects: SIDE_EFFECT_FREE.map((test) => ({ test, sideEffects: false })) },
      output: {
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
            { name: 'app', tags: ['$initial'], test: /apps[\\/]web[\\/]src[\\/](?!main\.tsx)|libs[\\/]contracts[\\/]/, priority: 10 },
            // Grouped by the pages that use them, small groups merged only where the chunks stay
            // free of import cycles (shared-chunks.ts; the noChunkCycles plugin checks every build).
            {
              name: sharedChunkNames({ main: here('src/main.tsx'), test: /apps\/web\/src\/|libs\/contracts\//, barrel: /apps\/web\/src\/generated\/graphql\.ts$/, mergeBelow: 12_000, minSimilarity: 0.3 }),
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
