import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentReadmeBlock, latestRecord, renderReadmeBlock } from './lib/record';
import { readRecords, ROOT } from './lib/suite';

/**
 * README's benchmark figures are generated (npm run bench:readme), never typed: the marked block
 * must be exactly what the script writes from the latest committed full-size record.
 */
describe('README benchmark block', () => {
  it('matches the latest committed record in bench/results', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = currentReadmeBlock(readme);
    expect(block).not.toBeNull();
    const latest = latestRecord(
      readRecords({ committedOnly: true }).map((r) => ({ ...r.record, path: r.path })),
      { full: true },
    );
    expect(latest).not.toBeNull();
    if (!latest) return;
    expect(block).toBe(renderReadmeBlock(latest, latest.path));
  });
});
