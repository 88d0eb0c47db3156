/**
 * Imported first by bench/run.ts, before any library loads. graphql-js, Apollo Server and
 * Express read NODE_ENV once and run extra development-time checks unless it is
 * "production" (graphql-js's multi-realm instanceOf check alone took ~7% of a 200-reply
 * thread request). A deployed Kindred runs with NODE_ENV=production, so the benchmark's
 * libraries do too. Kindred's own configuration is still built with NODE_ENV=test
 * (loadConfig is given its values explicitly), which keeps the x-sql-queries header.
 */
process.env.NODE_ENV = 'production';
