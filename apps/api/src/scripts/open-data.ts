import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { prepareDatabase } from '../database/prepare-database';
import { Progress } from '../database/seed/progress';
import { listReleases, publishDue } from '../modules/open-data/open-data-publisher';
import { lastClosedQuarter, versionOf } from '../modules/open-data/quarters';

const USAGE = `Usage:
  npm run open-data:publish     publish a release for every quarter that has ended without one

A release counts only members with the research consent, covers one quarter and never changes
once published. Running API instances publish on their own schedule too; both are safe at once.
With the embedded database (no DATABASE_URL), stop Kindred first: the data folder has one user at a time.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'publish' || rest.length) {
    process.stdout.write(`${USAGE}\n`);
    return command === '--help' ? 0 : 2;
  }
  const config = loadConfig(process.env);
  const prepared = await prepareDatabase(config);
  const db = new DataSource({ type: 'postgres', url: prepared.target.url, migrations: MIGRATIONS, extra: { max: 1 } });
  const log = (line: string) => process.stdout.write(line);
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const now = new Date();
    log(`Open data: publishing every quarter up to ${versionOf(lastClosedQuarter(now))} that has no release yet\n`);
    let bar: Progress | null = null;
    const outcomes = await publishDue(db, now, (done, total) => {
      bar ??= new Progress('Publishing quarters', total);
      bar.tick(done);
    });
    const published = outcomes.filter((o) => o.status === 'published').map((o) => o.version);
    if (outcomes.some((o) => o.status === 'busy')) log('Another process is publishing right now; it will finish the rest.\n');
    if (published.length) log(`Published: ${published.join(', ')}\n`);
    else if (!outcomes.length) log('Nothing to publish: no quarter with contributions has ended since the latest release.\n');
    const releases = await listReleases(db);
    log(`${releases.length} release${releases.length === 1 ? '' : 's'} in all${releases[0] ? `; latest ${releases[0].version} (${releases[0].cellCount} cells, sha256 ${releases[0].csvSha256.slice(0, 12)}…)` : ''}\n`);
    return 0;
  } finally {
    if (db.isInitialized) await db.destroy();
    await prepared.embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `open-data: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
