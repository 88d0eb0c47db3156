import { Catch } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, httpStatusFor } from './app-error';

/**
 * An AppError is an expected answer (a rule said no, the input was wrong), not a fault: it goes
 * to the client with its code and message, and is not logged as an error with a stack. GraphQL
 * formats it (format-graphql-error); a REST route answers with its HTTP status.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(httpStatusFor(error.code)).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    return error;
  }
}
