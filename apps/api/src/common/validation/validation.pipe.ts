import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldCode, FieldError } from '@kindred/contracts';
import { AppError } from '../errors/app-error';
import { textProblems } from './clean-text';

const CONSTRAINT_CODES: Record<string, FieldCode> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  arrayMinSize: 'TOO_SHORT',
  isEmail: 'INVALID_EMAIL',
  matches: 'INVALID_FORMAT',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  isIn: 'INVALID_VALUE',
  isEnum: 'INVALID_VALUE',
  whitelistValidation: 'NOT_ALLOWED',
};

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      // One error per field: the first constraint that failed, which class-validator lists last.
      const names = Object.keys(e.constraints);
      const name = names[names.length - 1]!;
      const context = (e.contexts?.[name] ?? {}) as { code?: FieldCode };
      out.push({
        field,
        code: context.code ?? CONSTRAINT_CODES[name] ?? 'INVALID_VALUE',
        message: e.constraints[name]!,
      });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * class-validator for input and args classes, and before it, for every argument of every
 * resolver — classes and plain strings alike (`member(handle)`, `search(input.q)`) — the text
 * rules of `clean-text.ts`: no control characters, no bidirectional overrides, not only
 * invisible characters. Refused with VALIDATION_FAILED and a field error per string.
 */
@Injectable()
export class KindredValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments (Nest's GqlParamtype.ARGS is 3), and REST bodies, queries and params.
    const type: unknown = metadata.type;
    if (type === 3 || type === 'body' || type === 'query' || type === 'param') {
      const fields = textProblems(value, metadata.data ?? '');
      if (fields.length) throw new AppError('VALIDATION_FAILED', 'Some fields need attention.', { fields });
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: text rules, whitelist, forbid unknown fields, field-level errors with stable codes. */
export function createValidationPipe(): ValidationPipe {
  return new KindredValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError('VALIDATION_FAILED', 'Some fields need attention.', { fields: flatten(errors) }),
  });
}
