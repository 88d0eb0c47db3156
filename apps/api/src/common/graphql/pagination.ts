import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { AppError } from '../errors/app-error';

/**
 * A list's `first` / `after` arguments, documented with the limits its service enforces: the
 * service reads `limits` from the same class (`pageSize(args.first, XArgs.limits)`), so the
 * schema's description and the error cannot disagree.
 */
export function pageArgs(limits: { max: number; fallback: number }) {
  @ArgsType()
  class PagedArgs {
    static readonly limits = limits;

    @Field(() => Int, {
      nullable: true,
      description: `How many items to return (default ${limits.fallback}, at most ${limits.max}).`,
    })
    @IsOptional()
    first?: number;

    @Field({ nullable: true, description: 'Return items after this cursor (from pageInfo.endCursor).' })
    @IsOptional()
    @IsString()
    @MaxLength(500)
    after?: string;
  }
  return PagedArgs;
}

/** Arguments of a list with the default limits (`LIMITS.pageSizeDefault`, `LIMITS.pageSizeMax`). */
@ArgsType()
export class PageArgs extends pageArgs({ max: LIMITS.pageSizeMax, fallback: LIMITS.pageSizeDefault }) {}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a Relay-style connection type: edges, nodes, pageInfo and totalCount. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export interface PageSizeOptions {
  /** The list's hard maximum, from LIMITS (default LIMITS.pageSizeMax). */
  max?: number;
  /** The size when none is asked for, from LIMITS (default LIMITS.pageSizeDefault, at most `max`). */
  fallback?: number;
  /** The argument's name in messages (default `first`). */
  name?: string;
}

/**
 * Every list's page size, validated in one place: a clear error rather than a silently
 * shortened page. BAD_REQUEST below 1 or not a whole number; PAGE_SIZE_TOO_LARGE above the
 * list's maximum. Takes `unknown` so socket payloads go through it too.
 */
export function pageSize(first: unknown, options: PageSizeOptions = {}): number {
  const max = options.max ?? LIMITS.pageSizeMax;
  const name = options.name ?? 'first';
  if (first === undefined || first === null) return Math.min(options.fallback ?? LIMITS.pageSizeDefault, max);
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) {
    throw new AppError('BAD_REQUEST', `\`${name}\` must be a whole number of at least 1.`);
  }
  if (first > max) {
    throw new AppError('PAGE_SIZE_TOO_LARGE', `A page holds at most ${max} items; ask for fewer and follow the next page.`);
  }
  return first;
}

export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => ['string', 'number'].includes(typeof v) || v === null)) {
      return values;
    }
  } catch {
    /* fall through */
  }
  throw new AppError('INVALID_CURSOR', 'That page cursor is not valid; start again from the first page.');
}

/**
 * Turns `limit + 1` rows fetched in cursor order into a connection. Edges (one cursor per
 * item) are built only if the query asks for them.
 * `key` gives the values the cursor encodes for a row (sort key(s) then id).
 */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  totalCount: number,
  key: (row: R) => (string | number | null)[],
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, limit);
  const nodes = page.map(map);
  const last = page.at(-1);
  return lazyEdges(
    {
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last === undefined ? null : encodeCursor(key(last)) },
      totalCount,
    },
    () => page.map((row, i) => ({ cursor: encodeCursor(key(row)), node: nodes[i]! })),
  );
}

/** The same connection with its items replaced (e.g. after an async mapping), edges kept lazy. */
export function withNodes<A, T>(connection: Connection<A>, nodes: T[]): Connection<T> {
  return lazyEdges({ nodes, pageInfo: connection.pageInfo, totalCount: connection.totalCount }, () =>
    connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })),
  );
}

function lazyEdges<T>(base: Omit<Connection<T>, 'edges'>, build: () => Connection<T>['edges']): Connection<T> {
  let edges: Connection<T>['edges'] | undefined;
  return Object.defineProperty(base, 'edges', { enumerable: true, get: () => (edges ??= build()) }) as Connection<T>;
}
