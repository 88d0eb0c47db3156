import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';

/** The Kindred web client. `vite build` writes to dist/apps/web, which the API serves. */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  publicDir: here('public'),
  plugins: [react()],
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
    rolldownOptions: {
      // The generated operations modules (apps/web/codegen.ts) only declare documents and hooks:
      // marked free of side effects, a module nothing imports from is left out, so each one goes
      // to the chunks of the pages that use it rather than with the re-exporting module to the
      // first page.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]generated[\\/]/, sideEffects: false }] },
      output: {
        // Libraries in chunks of their own, which change less often than the app (cached across
        // releases): React, the router and React Query on every page; the Socket.IO client and
        // recharts only with the code that uses them (notifications and chat, insights).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 20 },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'socket', test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/, priority: 20 },
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
