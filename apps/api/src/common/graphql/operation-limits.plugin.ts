import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { DocumentNode, getNamedType, GraphQLError, GraphQLSchema, Kind, validate, visit } from 'graphql';
import { textProblems } from '../validation/clean-text';
import { AppError } from '../errors/app-error';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { CSRF_COOKIE, CSRF_HEADER, LIMITS } from '@kindred/contracts';
import type { GraphqlContext } from './context';

const refuse = (code: string, message: string, status = 400) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Per-operation guards, run once the operation is known:
 *  - depth: at most `maxDepth` levels of selection;
 *  - cost: at most `maxComplexity`, where each field costs 1, a root query field at least 10
 *    (search and insights far more: ROOT_FIELD_COSTS), and a connection costs its page size
 *    (`first`, default 20) times the cost of one item;
 *  - text: no string in the request — variables or literals written in the query — holds
 *    control characters, bidirectional overrides or only invisible characters (clean-text.ts),
 *    whatever field it is for: VALIDATION_FAILED with a field error per string;
 *  - CSRF: a mutation must carry the CSRF cookie's value in the `x-csrf-token` header
 *    (double-submit), which another site cannot read.
 */
export function operationLimitsPlugin(checker: OperationLimits): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          checker.check({ request, document, schema, operation: operation?.operation, contextValue });
        },
      };
    },
  };
}

/** What the per-operation guards look at. */
export interface OperationToCheck {
  request: { operationName?: string | null; variables?: Record<string, unknown> | null };
  document: DocumentNode;
  schema: GraphQLSchema;
  operation: string | undefined;
  contextValue: GraphqlContext;
}

/** The guards above as one call (throws the GraphQLError to answer with), shared by Apollo's pipeline and the compiled query lane. */
export interface OperationLimits {
  check(op: OperationToCheck): void;
}

export function operationLimits(opts: { maxDepth: number; maxComplexity: number }): OperationLimits {
  // Apollo reuses the parsed document for a repeated query (and the compiled query lane keeps
  // it), so both checks are cached per document (and, for the cost, per set of variables).
  const depthOk = new WeakMap<object, boolean>();
  const costs = new WeakMap<object, Map<string, number>>();
  const literalProblems = new WeakMap<object, ReturnType<typeof textProblems>>();
  return {
    check({ request, document, schema, operation, contextValue }) {
      let inQuery = literalProblems.get(document);
      if (!inQuery) literalProblems.set(document, (inQuery = literalTextProblems(document)));
      const fields = [...inQuery, ...textProblems(request.variables ?? {}, '')];
      if (fields.length) {
        const error = new AppError('VALIDATION_FAILED', 'Some fields need attention.', { fields });
        throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
      }
      let shallow = depthOk.get(document);
      if (shallow === undefined) {
        shallow = validate(schema, document, [depthLimit(opts.maxDepth)]).length === 0;
        depthOk.set(document, shallow);
      }
      if (!shallow) {
        throw refuse('QUERY_TOO_DEEP', `This query nests deeper than ${opts.maxDepth} levels.`);
      }
      const variablesKey = `${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
      let perDocument = costs.get(document);
      if (!perDocument) costs.set(document, (perDocument = new Map()));
      let complexity = perDocument.get(variablesKey);
      if (complexity === undefined) {
        complexity = measureCost(schema, document, request.operationName, request.variables ?? undefined);
        if (perDocument.size >= 100) perDocument.clear();
        perDocument.set(variablesKey, complexity);
      }
      if (complexity > opts.maxComplexity) {
        throw refuse(
          'QUERY_TOO_COMPLEX',
          `This query is too costly (${complexity}, limit ${opts.maxComplexity}); ask for fewer items or fields.`,
        );
      }
      if (operation === 'mutation') {
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
}

/** Text problems in the string literals of a query, each named by the argument it is given to. */
function literalTextProblems(document: DocumentNode): ReturnType<typeof textProblems> {
  const out: ReturnType<typeof textProblems> = [];
  let argument = '';
  visit(document, {
    Argument: { enter: (node) => void (argument = node.name.value) },
    ObjectField: { enter: (node) => void (argument = node.name.value) },
    StringValue: (node) => {
      if (node.kind === Kind.STRING) out.push(...textProblems(node.value, argument));
    },
  });
  return out;
}

/** What one root query field costs before its selection: every field at least this. */
export const ROOT_FIELD_COST_DEFAULT = 10;

/**
 * Root fields that do much more than one lookup, with their cost. With the default limit of
 * 10,000 a request holds at most 20 searches or 10 insight dashboards, however it aliases them.
 */
export const ROOT_FIELD_COSTS: Record<string, number> = {
  search: 500,
  conditionInsights: 1000,
  compareInterventions: 1000,
  conditionInsightsCsv: 1000,
  whatWorks: 250,
  guide: 250,
  auditLog: 100,
  moderationQueue: 100,
};

/** The operation's cost; 0 when its variables are invalid (execution then refuses them with BAD_USER_INPUT). */
function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [
        fieldExtensionsEstimator(),
        ({ type, args, childComplexity, field }) => {
          // A connection costs its page size times the cost of one item.
          let cost: number | undefined;
          if (getNamedType(field.type).name.endsWith('Connection')) {
            const fallback = field.name === 'replies' ? LIMITS.replyPageDefault : LIMITS.pageSizeDefault;
            const first = typeof args.first === 'number' ? args.first : fallback;
            cost = Math.max(1, first) * Math.max(1, childComplexity);
          }
          // A root field is at least one round trip to the database; the costly ones say what they cost.
          if (type.name === 'Query') return (ROOT_FIELD_COSTS[field.name] ?? ROOT_FIELD_COST_DEFAULT) + (cost ?? childComplexity);
          return cost;
        },
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return 0;
  }
}
