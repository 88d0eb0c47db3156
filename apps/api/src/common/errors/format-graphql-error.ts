import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from './app-error';

/** Codes Apollo itself produces that are safe to pass on as they are. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Maps every error leaving /graphql to `{ message, path, locations, extensions: { code, ... } }`.
 * Known errors keep their code and message; anything else becomes INTERNAL_ERROR with a
 * generic message, and is logged (with its stack) on the server only.
 */
export function makeGraphqlErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const base = { path: formatted.path, locations: formatted.locations };
    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.details.fields ? { fields: original.details.fields } : {}),
          ...(original.details.retryAfterSeconds !== undefined
            ? { retryAfterSeconds: original.details.retryAfterSeconds }
            : {}),
        },
      };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST';
      return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (APOLLO_CLIENT_CODES.has(code) || !original || original === error)) {
      if (code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: error }, 'unhandled GraphQL error');
        return { ...base, message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_ERROR' } };
      }
      return { ...base, message: formatted.message, extensions: { code } };
    }
    logger.error({ err: original ?? error }, 'unhandled GraphQL error');
    return { ...base, message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_ERROR' } };
  };
}
