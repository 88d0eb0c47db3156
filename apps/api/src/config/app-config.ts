import { resolve } from 'node:path';
import { LIMITS } from '@kindred/contracts';
import { envSchema } from './config.schema';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  database:
    | { kind: 'postgres'; url: string; poolSize: number; namedStatements: boolean }
    | { kind: 'embedded'; dataDir: string | null };
  redisUrl: string | null;
  meili: { host: string; apiKey: string | null; index: string } | null;
  search: { relay: boolean; relayIntervalMs: number; relayBatch: number };
  insights: { threshold: number; base: number; refreshMs: number; maxWeeks: number };
  moderation: { hideAfterReports: number; newMemberPosts: number };
  openData: { schedule: boolean; checkMs: number };
  retention: { schedule: boolean; checkMs: number };
  mail: { smtpUrl: string | null; from: string };
  publicUrl: string;
  logLevel: string;
  logFormat: 'json' | 'pretty';
  cookieSecure: boolean;
  sessionTtlDays: number;
  seedDemoData: 'auto' | 'always' | 'never';
  seedDemoSize: 'full' | 'small';
  webDistDir: string | null;
  trustProxy: boolean | number;
  graphql: { maxDepth: number; maxComplexity: number; introspection: boolean; sandbox: boolean };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. A bad or missing value throws a ConfigError
 * naming the variable, so the process stops before it serves anything.
 * `dataDir: ':memory:'` keeps the embedded database in memory (tests).
 */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) {
    if (v !== undefined && v !== '') cleaned[k] = v;
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.DATABASE_URL) {
    throw new ConfigError(['DATABASE_URL: required when NODE_ENV=production']);
  }
  if (e.MEILI_API_KEY && !e.MEILI_HOST) {
    throw new ConfigError(['MEILI_HOST: required when MEILI_API_KEY is set']);
  }
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE, namedStatements: e.DB_NAMED_STATEMENTS }
      : {
          kind: 'embedded',
          dataDir: e.KINDRED_DATA_DIR === ':memory:' ? null : resolve(e.KINDRED_DATA_DIR),
        },
    redisUrl: e.REDIS_URL ?? null,
    meili: e.MEILI_HOST ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY ?? null, index: e.MEILI_INDEX } : null,
    search: { relay: e.SEARCH_RELAY === 'on', relayIntervalMs: e.SEARCH_RELAY_INTERVAL_MS, relayBatch: e.SEARCH_RELAY_BATCH },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    insights: {
      threshold: e.INSIGHTS_THRESHOLD,
      base: e.INSIGHTS_ROUNDING_BASE,
      refreshMs: e.INSIGHTS_REFRESH_MS,
      maxWeeks: e.INSIGHTS_MAX_WEEKS,
    },
    moderation: { hideAfterReports: e.MODERATION_HIDE_AFTER_REPORTS, newMemberPosts: e.MODERATION_NEW_MEMBER_POSTS },
    openData: { schedule: e.OPEN_DATA_SCHEDULE === 'on', checkMs: e.OPEN_DATA_CHECK_MS },
    retention: { schedule: e.RETENTION_SCHEDULE === 'on', checkMs: e.RETENTION_CHECK_MS },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    seedDemoData: e.SEED_DEMO_DATA,
    seedDemoSize: e.SEED_DEMO_SIZE,
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : null,
    trustProxy: e.TRUST_PROXY,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH ?? LIMITS.graphqlMaxDepth,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY ?? LIMITS.graphqlMaxComplexity,
      introspection: !isProduction,
      sandbox: !isProduction,
    },
  };
}

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
