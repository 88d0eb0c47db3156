import { randomBytes } from 'node:crypto';
import { Meilisearch, type Settings } from 'meilisearch';
import { searchEngineContract } from '../../testing/search-engine-contract';
import { MeilisearchEngine } from './meilisearch.engine';

/**
 * The same contract against a real Meilisearch, whenever MEILI_HOST is set (MEILI_API_KEY if it
 * needs one): `MEILI_HOST=http://127.0.0.1:7700 npm run test:int -- search`. No Meilisearch
 * server can run on the CI machines, so there it does not run; it is never replaced by a fake.
 */
const host = process.env.MEILI_HOST;
const apiKey = process.env.MEILI_API_KEY ?? null;
const uid = () => `kindred_contract_${randomBytes(4).toString('hex')}`;
const dropIndex = async (index: string) => {
  await new Meilisearch({ host: host!, apiKey: apiKey ?? undefined }).deleteIndex(index).waitTask();
};

/**
 * An engine whose settings task fails on the server: `oneTypo` above `twoTypos` passes the
 * request's validation but is refused when the task runs (milli's update_min_typo_word_len,
 * `invalid_settings_typo_tolerance`), until `broken` is turned off.
 */
class BrokenSettingsEngine extends MeilisearchEngine {
  broken = true;
  protected override settings(): Settings {
    const settings = super.settings();
    return this.broken ? { ...settings, typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 9, twoTypos: 4 } } } : settings;
  }
}

if (host) {
  searchEngineContract(`Meilisearch at ${host}`, {
    make: async () => {
      const index = uid();
      return { engine: new MeilisearchEngine(host, apiKey, index), cleanup: () => dropIndex(index) };
    },
    brokenSetup: async () => {
      const index = uid();
      const engine = new BrokenSettingsEngine(host, apiKey, index);
      return {
        engine,
        repair: async () => {
          engine.broken = false;
        },
        cleanup: () => dropIndex(index),
      };
    },
  });
} else {
  describe('search engine contract: Meilisearch', () => {
    it.todo('runs when MEILI_HOST points at a Meilisearch server (none on this machine)');
  });
}
