import { Inject, MiddlewareConsumer, Module, NestModule, RequestMethod, type DynamicModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { GraphqlContext, KindredRequest } from './context';
import type { OperationLimits } from './operation-limits.plugin';

/** A query Apollo has parsed, validated and answered without an error, compiled. */
export interface LaneEntry {
  compiled: CompiledQuery;
  document: DocumentNode;
  schema: GraphQLSchema;
}

/** The `accept` headers for which Apollo answers `application/json` (anything else goes to Apollo). */
const JSON_ACCEPT = new Set(['application/json', '*/*']);
const JSON_TYPE = 'application/json; charset=utf-8';
/** Longer query texts are not kept (the web client's longest is ~2,000 characters). */
const MAX_QUERY_CHARS = 20_000;

/**
 * The compiled query lane: a repeated query is answered without Apollo's request pipeline.
 *
 * A query is admitted once Apollo has parsed it, validated it against the schema (with the
 * introspection rules), run the operation guards and answered it from its graphql-jit compiled
 * form without an error (`compiledExecutionPlugin`). From then on a POST of the same text and
 * operation name, with JSON variables, is answered here: the same operation guards
 * (`OperationLimits`: text in the variables, depth, cost for these variables), the same context
 * (a new set of DataLoaders for the signed-in viewer), the same compiled function and the same
 * bytes Apollo would send (`JSON.stringify({ data }) + "\n"`, `application/json; charset=utf-8`).
 * What it skips is per-request bookkeeping whose outcome is already known for this text: copying
 * the headers into Apollo's map, hashing the text to find its parsed document, eight plugin hooks
 * and the response's field reordering.
 *
 * Anything else goes on to Apollo untouched, so every error keeps one pipeline (formatter, codes,
 * HTTP status): a guard that refuses, variables the compiled query rejects, an answer with an
 * error (queries only read, so running one again is safe), another `accept` type, a body with
 * `extensions` (persisted-query hashes), mutations (never admitted). Bounded: at most `max` texts.
 * Request logging, sessions and the other HTTP middlewares run before it as before.
 */
export class CompiledQueryLane {
  private readonly entries = new Map<string, LaneEntry>();
  private context: ((req: KindredRequest, res: Response) => GraphqlContext) | null = null;
  /** Answers given by the lane (for tests and diagnostics). */
  served = 0;

  constructor(
    private readonly limits: OperationLimits,
    private readonly max = 200,
  ) {}

  /** The GraphQL context factory, the one Apollo is given (set when the GraphQL module is built). */
  useContext(context: (req: KindredRequest, res: Response) => GraphqlContext): void {
    this.context = context;
  }

  /** Called by `compiledExecutionPlugin` after Apollo answered `query` without an error. */
  admit(query: string, operationName: string, entry: LaneEntry): void {
    const key = `${operationName}\n${query}`;
    if (query.length > MAX_QUERY_CHARS || this.entries.has(key) || this.entries.size >= this.max) return;
    this.entries.set(key, entry);
  }

  /** Express middleware for POST /graphql, after the session and request-log middlewares. */
  readonly handle = (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body.query !== 'string' || body.extensions !== undefined || !this.context) return next();
    const operationName = body.operationName ?? '';
    if (typeof operationName !== 'string') return next();
    const entry = this.entries.get(`${operationName}\n${body.query}`);
    if (!entry) return next();
    const variables = body.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return next();
    const accept = req.headers.accept;
    if (accept !== undefined && !JSON_ACCEPT.has(accept.toLowerCase())) return next();
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return next();

    const contextValue = this.context(req as KindredRequest, res);
    try {
      this.limits.check({
        request: { operationName, variables: variables as Record<string, unknown> },
        document: entry.document,
        schema: entry.schema,
        operation: 'query',
        contextValue,
      });
    } catch {
      return next(); // Apollo refuses it with its own answer.
    }
    Promise.resolve(entry.compiled.query(undefined, contextValue, variables as Record<string, unknown>)).then(
      (result) => {
        if (result.errors?.length || result.data === undefined) return next();
        this.served += 1;
        // The bytes Express's send() would write for this POST, without its ETag. Encoded here, once:
        // a text handed to the socket is first joined to the headers (a copy of the whole answer)
        // and then encoded, which for a text with any character outside Latin-1 (a ’ or — in one
        // post is enough, and the whole text is then stored two bytes a character) cost ~1.2 ms more
        // of CPU per 200-reply page than encoding it here (bench/README.md, "the answer as bytes").
        const answer = Buffer.from(`${JSON.stringify({ data: result.data })}\n`, 'utf8');
        res.statusCode = 200;
        res.setHeader('content-type', JSON_TYPE);
        res.setHeader('Content-Length', answer.length);
        res.end(answer);
      },
      () => next(),
    );
  };
}

export const COMPILED_QUERY_LANE = Symbol('CompiledQueryLane');
const LANE_PATH = Symbol('CompiledQueryLanePath');

/** Mounts the lane on POST /graphql, behind the global middlewares (request log) and ahead of Apollo. */
@Module({})
export class CompiledQueryLaneModule implements NestModule {
  static register(lane: CompiledQueryLane, path: string): DynamicModule {
    return {
      module: CompiledQueryLaneModule,
      providers: [
        { provide: COMPILED_QUERY_LANE, useValue: lane },
        { provide: LANE_PATH, useValue: path },
      ],
      exports: [COMPILED_QUERY_LANE],
    };
  }

  constructor(
    @Inject(COMPILED_QUERY_LANE) private readonly lane: CompiledQueryLane,
    @Inject(LANE_PATH) private readonly path: string,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.lane.handle).forRoutes({ path: this.path, method: RequestMethod.POST });
  }
}
