/**
 * `npm run bench:readme`: rewrites README.md's block between <!-- bench:start --> and
 * <!-- bench:end --> from the latest committed full-size record in bench/results (a record git
 * does not know yet is left out: commit it first). `--check` only says whether the block is
 * current (exit code 1 when not); the unit test bench/readme.spec.ts checks the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentReadmeBlock, latestRecord, renderReadmeBlock, replaceReadmeBlock } from './lib/record';
import { readRecords, ROOT } from './lib/suite';

function main(): number {
  const check = process.argv.includes('--check');
  const records = readRecords({ committedOnly: true });
  const latest = latestRecord(
    records.map((r) => ({ ...r.record, path: r.path })),
    { full: true },
  );
  if (!latest) {
    process.stderr.write('No committed full-size record in bench/results: run `npm run bench -- all`, commit the record, then run this again.\n');
    return 1;
  }
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const block = renderReadmeBlock(latest, latest.path);
  if (check) {
    const current = currentReadmeBlock(readme) === block;
    process.stdout.write(current ? `README's benchmark block matches ${latest.path}.\n` : `README's benchmark block does not match ${latest.path}: run npm run bench:readme.\n`);
    return current ? 0 : 1;
  }
  const updated = replaceReadmeBlock(readme, block);
  if (updated !== readme) writeFileSync(file, updated);
  process.stdout.write(`${updated === readme ? 'README already matches' : 'README updated from'} ${latest.path}.\n`);
  return 0;
}

process.exit(main());
