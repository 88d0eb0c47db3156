import { searchEngineContract } from '../../testing/search-engine-contract';
import { startTestApp } from '../../testing/test-app';
import { PostgresSearchEngine } from './postgres-search.engine';

// The PostgreSQL engine runs the contract on every test run (PostgreSQL or PGlite).
searchEngineContract('PostgreSQL full-text search', async () => {
  const t = await startTestApp({ SEARCH_RELAY: 'off' }, { catalogue: false });
  return { engine: new PostgresSearchEngine(t.db), cleanup: () => t.close() };
});
