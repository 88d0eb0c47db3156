import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subset, validRange } from 'semver';

/**
 * A fresh `npm ci` prints nothing a newcomer has to decode: every installed package accepts every
 * Node version package.json's `engines` promises (otherwise npm prints an EBADENGINE warning per
 * package on the versions it leaves out), and none is deprecated (npm prints "deprecated" for
 * those). When a dependency update raises its Node floor above ours, this names it: hold it back
 * (a pin or an override in package.json), or raise `engines` and the README's Node line together.
 */
const ROOT = join(__dirname, '..', '..', '..');

interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
  deprecated?: string;
  link?: boolean;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const ours = pkg.engines?.node ?? '';
const installed = Object.entries(lock.packages).filter(([path, entry]) => path.includes('node_modules/') && !entry.link);

function nodeRange(entry: LockEntry): string | undefined {
  // The old array form ("engines": ["node >= 0.4"]) is ignored by npm, so it is here too.
  return entry.engines && !Array.isArray(entry.engines) ? entry.engines['node'] : undefined;
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('the Node versions Kindred supports', () => {
  it('are a valid range in package.json, and the lockfile was written from it', () => {
    expect(validRange(ours)).not.toBeNull();
    expect(nodeRange(lock.packages[''] ?? {})).toBe(ours);
  });

  it('are accepted by every installed package that declares a Node range (no EBADENGINE on npm ci)', () => {
    const declaring = installed.filter(([, entry]) => nodeRange(entry) !== undefined);
    // The check would pass vacuously on an empty or unreadable lockfile.
    expect(installed.length).toBeGreaterThan(1_000);
    expect(declaring.length).toBeGreaterThan(100);
    const refusing = declaring
      .filter(([, entry]) => !subset(ours, nodeRange(entry)!))
      .map(([path, entry]) => `${nameOf(path)}@${entry.version} wants node ${nodeRange(entry)}`);
    expect(refusing).toEqual([]);
  });

  it('would be caught leaving a version out (a Node 22 floor, a hole at Node 21)', () => {
    expect(subset(ours, '>=22')).toBe(false);
    expect(subset('^20.19.0 || >=21.0.0', ours)).toBe(false);
  });

  it('include no deprecated package (npm prints a warning for each)', () => {
    const deprecated = installed.filter(([, entry]) => entry.deprecated).map(([path, entry]) => `${nameOf(path)}@${entry.version}: ${entry.deprecated}`);
    expect(deprecated).toEqual([]);
  });
});
