import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { prepareDatabase } from '../database/prepare-database';
import { DOC_TYPES, type DocType } from '../modules/search/search-documents';
import { checkIndex, reindex } from '../modules/search/search-index';
import { createSearchEngine } from '../modules/search/search.module';

const USAGE = `Usage:
  npm run reindex [-- --type=thread,reply,...]   rebuild the search index from PostgreSQL (all types by default)
  npm run search:check [-- --type=...]          report documents missing from, extra in, or stale in the index

Types: ${DOC_TYPES.join(', ')}. The engine is Meilisearch when MEILI_HOST is set, PostgreSQL otherwise.
With the embedded database (no DATABASE_URL), stop Kindred first: the data folder has one user at a time.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...flags] = argv;
  if (!command || command === '--help' || !['reindex', 'check'].includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    return command && command !== '--help' ? 2 : 0;
  }
  let types: DocType[] = [...DOC_TYPES];
  for (const flag of flags) {
    const m = /^--type=(.+)$/.exec(flag);
    if (!m) {
      process.stderr.write(`Unknown option ${flag}\n\n${USAGE}\n`);
      return 2;
    }
    types = m[1]!.split(',').map((t) => t.trim()) as DocType[];
    const bad = types.find((t) => !DOC_TYPES.includes(t));
    if (bad) {
      process.stderr.write(`Unknown type "${bad}". Types: ${DOC_TYPES.join(', ')}\n`);
      return 2;
    }
  }
  const config = loadConfig(process.env);
  const prepared = await prepareDatabase(config);
  const db = new DataSource({ type: 'postgres', url: prepared.target.url, migrations: MIGRATIONS, extra: { max: 1 } });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const engine = createSearchEngine(config, db);
    const log = (line: string) => process.stdout.write(line);
    if (command === 'reindex') {
      log(`Rebuilding the ${engine.name} search index (${types.join(', ')})\n`);
      const started = Date.now();
      const r = await reindex(db, engine, types, log);
      log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${r.written} documents written, ${r.removed} removed.\n`);
      return 0;
    }
    log(`Checking the ${engine.name} search index against PostgreSQL (${types.join(', ')})\n`);
    const r = await checkIndex(db, engine, types, log);
    const show = (label: string, ids: string[]) => {
      log(`${label.padEnd(8)} ${ids.length}${ids.length ? `  (e.g. ${ids.slice(0, 5).join(', ')})` : ''}\n`);
    };
    log(`expected ${r.expected}, indexed ${r.indexed}\n`);
    show('missing', r.missing);
    show('extra', r.extra);
    show('stale', r.stale);
    const [{ pending }]: { pending: number }[] = await db.query(`SELECT count(*)::int AS pending FROM search_outbox`);
    if (pending) log(`(${pending} changes are still waiting in the outbox; the relay sends them shortly)\n`);
    log(`${JSON.stringify({ missing: r.missing.length, extra: r.extra.length, stale: r.stale.length, pending })}\n`);
    return r.missing.length || r.extra.length || r.stale.length ? 1 : 0;
  } finally {
    if (db.isInitialized) await db.destroy();
    await prepared.embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `search: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
