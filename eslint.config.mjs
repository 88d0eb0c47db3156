// ESLint 9 flat config for the whole workspace: `npm run lint` (eslint apps libs).
// Typed linting for the rules that need types: no floating promise (a dependency's failure must be
// an error to log, never a crashed process) and exhaustive switches over unions.
import js from '@eslint/js';
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries reads Nx's cached project graph and silently skips itself
// when there is none (a fresh clone, CI). Compute (and cache) the graph before linting so
// the boundaries are always enforced. Offline, no daemon: see nx.json and STACK.md.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
await createProjectGraphAsync({ exitOnError: false });

const TS_FILES = ['**/*.ts', '**/*.tsx'];
// Every linted TypeScript file belongs to one of these programs (typed rules need it).
const TYPED_PROJECTS = [
  './apps/api/tsconfig.spec.json',
  './apps/web/tsconfig.json',
  './apps/web/tsconfig.node.json',
  './apps/web/e2e/tsconfig.json',
  './libs/contracts/tsconfig.spec.json',
];

const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', 'apps/api/src/testing/**/*.ts', 'apps/web/e2e/**/*.ts'];

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/coverage/**',
    '**/.nx/**',
    'tmp/**',
    'apps/web/src/generated/**',
    // Config and build scripts in plain JS are not linted.
    '**/*.js',
    '**/*.cjs',
    '**/*.mjs',
  ]),
  {
    files: TS_FILES,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { project: TYPED_PROJECTS, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Nx project tags decide who may import whom; libs only through their index.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // End-to-end journeys may reach into the API (boot it, seed it) directly.
    files: ['apps/web/e2e/**/*.ts', 'apps/web/e2e/**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
    },
  },
);
