import { GraphQLScalarType, Kind } from 'graphql';

/** ISO-8601 at UTC with milliseconds, as `Date.prototype.toISOString` writes it and `isoUtc` selects it. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The schema's `DateTime`: Nest's own scalar (same name, description and input parsing), except
 * that a string already in `toISOString()`'s form is sent as it is. Read paths that select their
 * timestamps as that text in SQL (`isoUtc`) then skip a Date per value and its serialisation back
 * to the same string (~3 % of a 200-reply thread page: pg's date parsing, then `toISOString`). Any
 * other string is still null, as with Nest's scalar.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue(value) {
    return new Date(value as string);
  },
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'string' && ISO_UTC.test(value) ? value : null;
  },
  parseLiteral(ast) {
    return ast.kind === Kind.STRING ? new Date(ast.value) : null;
  },
});

/**
 * An SQL `timestamptz` expression as the text `toISOString()` would give for the Date pg would
 * parse from it (UTC, milliseconds truncated as pg's parser truncates them); NULL stays NULL.
 */
export const isoUtc = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
