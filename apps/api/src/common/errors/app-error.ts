import type { ErrorCode, FieldError } from '@kindred/contracts';

/**
 * The one error type services throw. It carries a stable code (see libs/contracts) and a
 * message written for the person using Kindred; it never carries a stack to the client.
 */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details: { fields?: FieldError[]; retryAfterSeconds?: number; until?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** HTTP status for REST responses that carry an AppError. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
    case 'PAGE_SIZE_TOO_LARGE':
    case 'INVALID_CURSOR':
    case 'QUERY_TOO_DEEP':
    case 'QUERY_TOO_COMPLEX':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'CSRF_FAILED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    default:
      return 409;
  }
}

/** A VALIDATION_FAILED error about one field. */
export const fieldError = (field: string, code: FieldError['code'], message: string) =>
  new AppError('VALIDATION_FAILED', message, { fields: [{ field, code, message }] });

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new AppError('FORBIDDEN', message);
export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'Please sign in to do that.');
