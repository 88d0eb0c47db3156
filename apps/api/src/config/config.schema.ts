import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

/**
 * The one environment schema. Everything Kindred reads from its environment is named here,
 * validated at boot, and reaches the rest of the code only as an `AppConfig`.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: postgresUrl.optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** false: send every statement unnamed (a pooler in transaction mode keeps no prepared statements). */
  DB_NAMED_STATEMENTS: bool.default(true),
  KINDRED_DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://')
    .optional(),
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _ only').default('kindred'),
  /** How often the search relay looks for changes, and how many it sends at once. */
  SEARCH_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  SEARCH_RELAY_BATCH: z.coerce.number().int().min(1).max(5_000).default(500),
  /** off: no relay in this process (another process runs it, e.g. a worker). */
  SEARCH_RELAY: z.enum(['on', 'off']).default('on'),
  /** Clinician insights: counts below the threshold are suppressed, others rounded to the base. */
  INSIGHTS_THRESHOLD: z.coerce.number().int().min(2).max(1_000).default(8),
  INSIGHTS_ROUNDING_BASE: z.coerce.number().int().min(1).max(100).default(5),
  /** How often the insight rollups are brought up to date (the dashboard also refreshes its condition first). */
  INSIGHTS_REFRESH_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
  /** Mail for notification digests: an SMTP URL (smtp://user:pass@host:587); unset: mails are written to the log. */
  SMTP_URL: z.string().url().refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Kindred <no-reply@kindred.local>'),
  /** The site's address, for links in emails. */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Moderation: distinct reporters after which content is hidden pending review. */
  MODERATION_HIDE_AFTER_REPORTS: z.coerce.number().int().min(1).max(100).default(3),
  /** A new account's first N posts wait for approval in groups that ask for it. */
  MODERATION_NEW_MEMBER_POSTS: z.coerce.number().int().min(0).max(100).default(2),
  /** Open data: off stops this process publishing on its schedule (npm run open-data:publish still does). */
  OPEN_DATA_SCHEDULE: z.enum(['on', 'off']).default('on'),
  /** How often the schedule looks for a quarter that has ended and has no release yet. */
  OPEN_DATA_CHECK_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(3_600_000),
  /** Retention: off stops this process deleting expired exports, sessions, links and retry keys on its schedule. */
  RETENTION_SCHEDULE: z.enum(['on', 'off']).default('on'),
  /** How often the retention rules run. */
  RETENTION_CHECK_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(3_600_000),
  INSIGHTS_MAX_WEEKS: z.coerce.number().int().min(1).max(520).default(156),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** json: one JSON object per line (production, tests); pretty: readable lines (the default in development). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  COOKIE_SECURE: bool.optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SEED_DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  /** full: the living demo community; small: the quick fixture the browser tests use. */
  SEED_DEMO_SIZE: z.enum(['full', 'small']).default('full'),
  WEB_DIST_DIR: z.string().optional(),
  /** false, true (trust every hop: only behind a proxy that replaces X-Forwarded-For), or the number of proxy hops. */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, 'must be true, false or a number of proxy hops')
    .default('false')
    .transform((v) => (v === 'true' ? true : v === 'false' ? false : Number(v))),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).optional(),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(100_000).optional(),
});

export type Env = z.infer<typeof envSchema>;
