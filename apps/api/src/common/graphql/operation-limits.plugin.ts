import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getNamedType, GraphQLError, validate } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { CSRF_COOKIE, CSRF_HEADER, LIMITS } from '@kindred/contracts';
import type { GraphqlContext } from './context';

const refuse = (code: string, message: string, status = 400) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Per-operation guards, run once the operation is known:
 *  - depth: at most `maxDepth` levels of selection;
 *  - cost: at most `maxComplexity`, where each field costs 1 and a connection costs its
 *    page size (`first`, default 20) times the cost of one item;
 *  - CSRF: a mutation must carry the CSRF cookie's value in the `x-csrf-token` header
 *    (double-submit), which another site cannot read.
 */
export function operationLimitsPlugin(opts: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          const depthErrors = validate(schema, document, [depthLimit(opts.maxDepth)]);
          if (depthErrors.length) {
            throw refuse('QUERY_TOO_DEEP', `This query nests deeper than ${opts.maxDepth} levels.`);
          }
          let complexity = 0;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity, field }) => {
                  // A connection costs its page size times the cost of one item.
                  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
                  const fallback = field.name === 'replies' ? LIMITS.replyPageDefault : LIMITS.pageSizeDefault;
                  const first = typeof args.first === 'number' ? args.first : fallback;
                  return Math.max(1, first) * Math.max(1, childComplexity);
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (e) {
            // Invalid variables: execution rejects them next, with BAD_USER_INPUT and a clear message.
            if (!(e instanceof GraphQLError)) throw e;
          }
          if (complexity > opts.maxComplexity) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `This query is too costly (${complexity}, limit ${opts.maxComplexity}); ask for fewer items or fields.`,
            );
          }
          if (operation?.operation === 'mutation') {
            const req = contextValue.req;
            const cookie = req.cookies?.[CSRF_COOKIE];
            const header = req.headers[CSRF_HEADER];
            if (!cookie || typeof header !== 'string' || header !== cookie) {
              throw refuse(
                'CSRF_FAILED',
                'This request is missing its security token. Reload the page and try again.',
                403,
              );
            }
          }
        },
      };
    },
  };
}
