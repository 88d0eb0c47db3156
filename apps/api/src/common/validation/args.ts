import { Injectable } from '@nestjs/common';
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { fieldError } from '../errors/app-error';
import { isUuid } from './uuid';

/**
 * Pipes for GraphQL arguments that are a bare scalar rather than an input or args class
 * (`group(slug)`, `member(handle)`, `thread(id)`), so that they are checked at the edge like
 * every input field: a string has a maximum length, an id is a UUID, a list has a maximum size.
 * A refusal is VALIDATION_FAILED with a field error named after the argument. (The global
 * pipe's text rules — no control characters, bidirectional overrides or invisible-only text —
 * apply to these arguments too.)
 */

const nameOf = (metadata: ArgumentMetadata) => metadata.data ?? 'value';

/** An id argument: a UUID, or VALIDATION_FAILED (INVALID_VALUE). null and undefined pass (nullable arguments). */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    if (!isUuid(value)) throw fieldError(nameOf(metadata), 'INVALID_VALUE', `\`${nameOf(metadata)}\` must be an id (a UUID).`);
    return value;
  }
}

/** A string argument of at most `max` characters (TOO_LONG), and not empty unless `allowEmpty`. */
@Injectable()
export class TextArgPipe implements PipeTransform<unknown, unknown> {
  constructor(private readonly max: number) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value !== 'string') throw fieldError(nameOf(metadata), 'INVALID_VALUE', `\`${nameOf(metadata)}\` must be text.`);
    if (value.length > this.max) {
      throw fieldError(nameOf(metadata), 'TOO_LONG', `\`${nameOf(metadata)}\` can have at most ${this.max} characters.`);
    }
    return value;
  }
}

/** A list of ids argument: at most `max` of them (OUT_OF_RANGE), each a UUID (INVALID_VALUE). */
@Injectable()
export class UuidListArgPipe implements PipeTransform<unknown, unknown> {
  constructor(private readonly max: number) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    const name = nameOf(metadata);
    if (!Array.isArray(value)) throw fieldError(name, 'INVALID_VALUE', `\`${name}\` must be a list of ids.`);
    if (value.length > this.max) throw fieldError(name, 'OUT_OF_RANGE', `Give at most ${this.max} in \`${name}\`.`);
    if (!value.every(isUuid)) throw fieldError(name, 'INVALID_VALUE', `Each of \`${name}\` must be an id (a UUID).`);
    return value;
  }
}

/** The shared instance for id arguments: `@Args('id', { type: () => ID }, uuid)`. */
export const uuid = new UuidArgPipe();
/** `@Args('slug', text(LIMITS.slugMax))`. */
export const text = (max: number) => new TextArgPipe(max);
export const uuidList = (max: number) => new UuidListArgPipe(max);
