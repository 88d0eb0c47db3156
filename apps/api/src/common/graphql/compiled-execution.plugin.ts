import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { isInterfaceType, isObjectType, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { CompiledQueryLane } from './compiled-query-lane';
import type { GraphqlContext } from './context';

/**
 * @nestjs/graphql gives every field of a code-first type a resolver, `rootFieldResolver`
 * (`root[field.name]`, or the field's defaultValue when that is undefined), even when the field
 * has no defaultValue and no middleware. graphql-jit then calls a resolver, and checks its result
 * for a promise, for every field of every item: ~2,000 calls on a 200-reply thread page, where a
 * plain property read does the same. This removes those resolvers where the field has no default
 * value (asked of the resolver itself with an empty parent), so both executors read the property
 * as graphql-js's default resolver does. Resolvers of @ResolveField methods and field middleware
 * are left as they are. Returns how many were removed; idempotent.
 */
export function removeDefaultFieldResolvers(schema: GraphQLSchema): number {
  let removed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
      if (!resolve || resolve.name !== 'rootFieldResolver' || resolve.length !== 1) continue;
      if ((resolve as (root: object) => unknown)({}) !== undefined) continue; // a default value: keep
      field.resolve = undefined;
      removed += 1;
    }
  }
  return removed;
}

/**
 * Runs queries through graphql-jit: each (document, operation) is compiled once into a plain
 * function that resolves and serialises exactly as graphql-js would, minus graphql-js's
 * per-field bookkeeping (a thread page of 200 replies resolves ~2,400 fields).
 *
 * Each query answered this way is admitted to the compiled query lane (`compiled-query-lane.ts`),
 * which answers its repeats ahead of Apollo's pipeline.
 *
 * Only the happy path of a query is served this way. Mutations, and any query whose compiled
 * run reports an error, go through Apollo's own executor, so every error keeps one pipeline
 * (formatter, codes, HTTP status). Queries read only, so running one again is safe.
 */
export function compiledExecutionPlugin(lane?: CompiledQueryLane, maxCached = 500): ApolloServerPlugin<GraphqlContext> {
  // Apollo reuses the parsed document of a repeated query string, so the document is the key.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  let size = 0;
  const lookup = (rc: { document: DocumentNode; schema: import('graphql').GraphQLSchema }, operationName: string) => {
    let perDocument = compiled.get(rc.document);
    if (!perDocument) compiled.set(rc.document, (perDocument = new Map()));
    let query = perDocument.get(operationName);
    if (query === undefined) {
      // Bounded: a client sending endless distinct queries only ever costs a compile each.
      if (size >= maxCached) return null;
      const result = compileQuery(rc.schema, rc.document, operationName || undefined);
      query = isCompiledQuery(result) ? result : null;
      perDocument.set(operationName, query);
      size += 1;
    }
    return query;
  };
  return {
    async serverWillStart({ schema }) {
      removeDefaultFieldResolvers(schema);
    },
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          if (rc.operation.operation !== 'query') return null;
          const query = lookup(rc, rc.request.operationName ?? '');
          if (!query) return null;
          const result = await query.query(undefined, rc.contextValue, rc.request.variables ?? {});
          if (result.errors?.length) return null;
          // Parsed, validated, guarded and answered without an error: the lane may answer this text from now on.
          if (lane && rc.request.query !== undefined) lane.admit(rc.request.query, rc.request.operationName ?? '', { compiled: query, document: rc.document, schema: rc.schema });
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
