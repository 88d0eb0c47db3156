import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { searchEngineContract } from '../../testing/search-engine-contract';
import { MeilisearchEngine } from './meilisearch.engine';

/**
 * The same contract against a real Meilisearch, whenever MEILI_HOST is set (MEILI_API_KEY if it
 * needs one). No Meilisearch server can run on the CI machines, so there it does not run; it is
 * never replaced by a fake.
 */
const host = process.env.MEILI_HOST;
if (host) {
  searchEngineContract(`Meilisearch at ${host}`, async () => {
    const index = `kindred_contract_${randomBytes(4).toString('hex')}`;
    const apiKey = process.env.MEILI_API_KEY ?? null;
    return {
      engine: new MeilisearchEngine(host, apiKey, index),
      cleanup: async () => {
        await new Meilisearch({ host, apiKey: apiKey ?? undefined }).deleteIndex(index).waitTask();
      },
    };
  });
} else {
  describe('search engine contract: Meilisearch', () => {
    it.todo('runs when MEILI_HOST points at a Meilisearch server (none on this machine)');
  });
}
