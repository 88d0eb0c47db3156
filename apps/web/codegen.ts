import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed React Query hooks for every operation in apps/web/src/**\/*.graphql.
 * Run from the workspace root: `npx graphql-codegen --config apps/web/codegen.ts`.
 * The output is committed and never edited by hand.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: 'apps/web/src/**/*.graphql',
  generates: {
    'apps/web/src/generated/graphql.ts': {
      // typescript-operations 6 emits the enums and input types the operations use, so the
      // `typescript` plugin (all schema types) is left out: together they declare them twice.
      plugins: ['typescript-operations', 'typescript-react-query'],
      config: {
        reactQueryVersion: 5,
        fetcher: { func: '../app/graphql-client#fetcher', isReactHook: false },
        exposeQueryKeys: true,
        exposeFetcher: true,
        addInfiniteQuery: true,
        errorType: 'Error',
        documentMode: 'string',
        enumType: 'string-literal',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { DateTime: 'string', ID: 'string' },
        dedupeFragments: true,
      },
    },
  },
};

export default config;
