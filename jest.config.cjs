/**
 * One jest run, three tiers: unit (*.spec.ts), integration (*.int-spec.ts: the real AppModule
 * on real PostgreSQL, or PGlite when DATABASE_URL is unset) and e2e (*.e2e-spec.ts: a real
 * headless Chromium against the built web client).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|meilisearch|cookie|@electric-sql|htmlparser2|domhandler|domutils|entities|dom-serializer|domelementtype)/)',
  ],
  moduleNameMapper: { '^@kindred/contracts$': '<rootDir>/libs/contracts/src/index.ts' },
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  testTimeout: 90_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.tsx', '<rootDir>/bench/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/**/*.int-spec.ts'],
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
      slowTestThreshold: 60,
    },
  ],
};
