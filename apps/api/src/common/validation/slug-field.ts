import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL name: lower-case words joined by single hyphens, at most LIMITS.slugMax (80) characters. */
export const SlugField = () =>
  applyDecorators(
    Field({ description: 'URL name: lower-case words joined by hyphens.' }),
    IsString(),
    Matches(SLUG_PATTERN, { message: 'Use lower-case letters, digits and single hyphens.', context: { code: 'INVALID_FORMAT' } }),
    MaxLength(LIMITS.slugMax, { context: { code: 'TOO_LONG' } }),
  );
