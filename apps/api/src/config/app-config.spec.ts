import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the embedded default with no environment', () => {
    const c = loadConfig({});
    expect(c.database.kind).toBe('embedded');
    expect(c.port).toBe(3000);
    expect(c.graphql.introspection).toBe(true);
    expect(c.cookieSecure).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kindred' });
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/kindred',
      poolSize: 10,
      namedStatements: true,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/kindred', DB_NAMED_STATEMENTS: 'false' }).database).toMatchObject({ namedStatements: false });
  });

  it('reads TRUST_PROXY as a flag or a hop count', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('turns introspection and the sandbox off in production and secures cookies', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/kindred' });
    expect(c.graphql.introspection).toBe(false);
    expect(c.graphql.sandbox).toBe(false);
    expect(c.cookieSecure).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'DATABASE_URL'],
    [{ MEILI_API_KEY: 'k' }, 'MEILI_HOST'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toContain(name);
    }
  });
});
