import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed React Query hooks for every operation in apps/web/src/**\/*.graphql.
 * Run from the workspace root: `npm run codegen`. The output is committed and never edited by hand.
 *
 * Two kinds of output, so that a page's chunk carries only the documents it uses:
 *
 * - `generated/operations/<file>.ts`, one per .graphql file: its documents and hooks (the code
 *   that runs). The bundler treats these modules as free of side effects (vite.config.ts), so each
 *   lands in the chunk of the pages that import from it, not in the first page's download.
 * - `generated/graphql.ts`: the types of every operation (erased at build time) and a re-export of
 *   every operations module, so code imports everything from one place as before.
 *
 * A fragment used in another file is given to that file's generation as an external fragment:
 * its text is inlined into the documents that spread it, as for the file's own fragments.
 */
const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, 'apps/web/src');
const GENERATED = 'apps/web/src/generated';

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(path);
      return entry.name.endsWith('.graphql') ? [path] : [];
    })
    .sort();
}

/** Every operation of every .graphql file, and every fragment. */
const operationNodes: OperationDefinitionNode[] = [];
const fragmentNodes: FragmentDefinitionNode[] = [];
for (const path of graphqlFiles(SOURCE)) {
  for (const definition of parse(readFileSync(path, 'utf8')).definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragmentNodes.push(definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!definition.name) throw new Error(`${relative(ROOT, path)}: every operation needs a name (it names its generated module)`);
      operationNodes.push(definition);
    }
  }
}
const names = operationNodes.map((o) => o.name!.value);
const twice = names.find((name, i) => names.indexOf(name) !== i);
if (twice) throw new Error(`Two operations are named ${twice}`);

const shared = {
  documentMode: 'string',
  enumType: 'string-literal',
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  maybeValue: 'T | null',
  scalars: { DateTime: 'string', ID: 'string' },
  dedupeFragments: true,
} as const;

const externalFragments = fragmentNodes.map((node) => ({ node, name: node.name.value, onType: node.typeCondition.name.value, isExternal: true }));

const operations: CodegenConfig['generates'] = Object.fromEntries(
  operationNodes.map((operation) => [
    `${GENERATED}/operations/${operation.name!.value}.ts`,
    {
      documents: print(operation),
      plugins: [{ add: { content: "import type * as Types from '../graphql';" } }, 'typescript-react-query'],
      config: {
        ...shared,
        reactQueryVersion: 5,
        fetcher: { func: '../../app/graphql-client#fetcher', isReactHook: false },
        exposeQueryKeys: true,
        exposeFetcher: true,
        addInfiniteQuery: true,
        errorType: 'Error',
        importOperationTypesFrom: 'Types',
        externalFragments,
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: {
    [`${GENERATED}/graphql.ts`]: {
      documents: 'apps/web/src/**/*.graphql',
      // typescript-operations 6 emits the enums and input types the operations use, so the
      // `typescript` plugin (all schema types) is left out: together they declare them twice.
      plugins: [
        'typescript-operations',
        {
          add: {
            placement: 'append',
            content: [
              // Every operations module declares the same small document class: name one of them.
              `export { TypedDocumentString } from './operations/${names[0]}';`,
              ...names.map((name) => `export * from './operations/${name}';`),
            ].join('\n'),
          },
        },
      ],
      config: shared,
    },
    ...operations,
  },
};

export default config;
