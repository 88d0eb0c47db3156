import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldCode, FieldError } from '@kindred/contracts';
import { AppError } from '../errors/app-error';

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

/** The global pipe: whitelist, forbid unknown fields, field-level errors with stable codes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError('VALIDATION_FAILED', 'Some fields need attention.', { fields: flatten(errors) }),
  });
}
