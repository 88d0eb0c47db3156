import { Foundation1764200000000 } from './1764200000000-foundation';

/** Migrations in order. Schema changes happen only here; `synchronize` is never on. */
export const MIGRATIONS = [Foundation1764200000000];
