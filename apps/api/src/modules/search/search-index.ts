import type { DataSource } from 'typeorm';
import { Progress } from '../../database/seed/progress';
import { buildDocuments, CatalogueMatcher, catalogueNames, DOC_TYPES, docId, parseDocId, sourceIds, TABLES, type DocType } from './search-documents';
import type { SearchEngine } from './search-engine.port';

const PAGE = 500;

type Log = (line: string) => void;

async function count(db: DataSource, type: DocType): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ${TABLES[type]}`);
  return n;
}

/** Every source id of a type, a page at a time in id order, with a progress bar. */
async function* sourcePages(db: DataSource, type: DocType, label: string, log: Log): AsyncGenerator<string[]> {
  const progress = new Progress(label, await count(db, type), log);
  let after: string | null = null;
  let done = 0;
  progress.tick(0);
  for (;;) {
    const ids = await sourceIds(db.manager, type, after, PAGE);
    if (!ids.length) return;
    yield ids;
    after = ids[ids.length - 1]!;
    done += ids.length;
    progress.tick(done);
  }
}

/** What PostgreSQL says the index should hold: document id → checksum. */
async function expected(db: DataSource, types: readonly DocType[], log: Log): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  for (const type of types) {
    const catalogue = type === 'condition' ? undefined : new CatalogueMatcher(await catalogueNames(db.manager));
    for await (const ids of sourcePages(db, type, `reading ${TABLES[type]}`, log)) {
      for (const d of await buildDocuments(db.manager, type, ids, catalogue)) docs.set(d.id, d.checksum);
    }
  }
  return docs;
}

async function stored(engine: SearchEngine, types: readonly DocType[], log: Log): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  let n = 0;
  for await (const page of engine.checksums(1_000)) {
    for (const d of page) if (types.includes(parseDocId(d.id)?.type as DocType)) docs.set(d.id, d.checksum);
    n += page.length;
    if (n % 10_000 < page.length) log(`reading the ${engine.name} index: ${n} documents\n`);
  }
  return docs;
}

export interface CheckReport {
  engine: string;
  expected: number;
  indexed: number;
  missing: string[];
  extra: string[];
  stale: string[];
}

/** Compares the engine's documents with what PostgreSQL holds now: missing, extra and stale ones. */
export async function checkIndex(db: DataSource, engine: SearchEngine, types: readonly DocType[] = DOC_TYPES, log: Log = () => {}): Promise<CheckReport> {
  const want = await expected(db, types, log);
  const have = await stored(engine, types, log);
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [id, checksum] of want) {
    const got = have.get(id);
    if (got === undefined) missing.push(id);
    else if (got !== checksum) stale.push(id);
  }
  const extra = [...have.keys()].filter((id) => !want.has(id));
  return { engine: engine.name, expected: want.size, indexed: have.size, missing, extra, stale };
}

/**
 * Rebuilds the index of the given types from PostgreSQL: writes every current document, then
 * removes documents the engine holds that PostgreSQL no longer has. Safe while Kindred runs:
 * changes made meanwhile are in the outbox and the relay sends them afterwards.
 */
export async function reindex(
  db: DataSource,
  engine: SearchEngine,
  types: readonly DocType[] = DOC_TYPES,
  log: Log = () => {},
): Promise<{ written: number; removed: number }> {
  await engine.setup();
  // The PostgreSQL engine's correction word list is rebuilt with the documents (words from content
  // that has since become private or hidden go).
  if (engine.name === 'postgres' && types.length === DOC_TYPES.length) await db.query(`TRUNCATE search_words`);
  let written = 0;
  const keep = new Set<string>();
  for (const type of types) {
    const catalogue = type === 'condition' ? undefined : new CatalogueMatcher(await catalogueNames(db.manager));
    for await (const ids of sourcePages(db, type, `indexing ${TABLES[type]}`, log)) {
      const docs = await buildDocuments(db.manager, type, ids, catalogue);
      await engine.upsert(docs);
      docs.forEach((d) => keep.add(d.id));
      const present = new Set(docs.map((d) => d.sourceId));
      await engine.remove(ids.filter((id) => !present.has(id)).map((id) => docId(type, id)));
      written += docs.length;
    }
  }
  const extra = [...(await stored(engine, types, log)).keys()].filter((id) => !keep.has(id));
  for (let i = 0; i < extra.length; i += PAGE) await engine.remove(extra.slice(i, i + PAGE));
  return { written, removed: extra.length };
}
