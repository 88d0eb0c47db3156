import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { prepareDatabase } from '../database/prepare-database';
import { seedCatalogueIfEmpty } from '../database/seed/catalogue.seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../database/seed/demo.seed';
import { PasswordService } from '../modules/auth/password.service';

/**
 * `npm run seed`: migrations, the condition catalogue, and the demo community (people in groups
 * that fit them, conversations, what-works reports, chat, guides, moderation cases) into an empty
 * database, with progress (`SEED_DEMO_SIZE=small` writes the small test fixture instead).
 * It refuses a database that already has members, so it never mixes demo and real people.
 */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const prepared = await prepareDatabase(config);
  const db = new DataSource({ type: 'postgres', url: prepared.target.url, migrations: MIGRATIONS, extra: { max: 1 } });
  const log = (line: string) => process.stdout.write(line);
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await seedCatalogueIfEmpty(db, log);
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM users`);
    if (n > 0) {
      log(`This database already has ${n} members; demo data goes only into an empty one. Nothing was changed.\n`);
      return 1;
    }
    const passwords = new PasswordService();
    await seedDemoData(db, (p) => passwords.hash(p), log, { size: config.seedDemoSize });
    log(`Demo data written. Sign in with any of these (password ${DEMO_PASSWORD}):\n`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.email.padEnd(40)} ${a.note}\n`);
    return 0;
  } finally {
    if (db.isInitialized) await db.destroy();
    await prepared.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `seed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
