import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { fieldError } from '../../common/errors/app-error';
import { isUuid } from '../../common/validation/uuid';
import { pageSize } from '../../common/graphql/pagination';
import { DOC_TYPES, type DocType } from './search-documents';
import { SEARCH_ENGINE, searchAccessColumns, type EngineResult, type SearchAccess, type SearchEngine, type SearchSort, type ViewerAccess } from './search-engine.port';

export interface SearchRequest {
  query?: string | null;
  types?: DocType[] | null;
  conditionIds?: string[] | null;
  groupIds?: string[] | null;
  kinds?: string[] | null;
  tags?: string[] | null;
  from?: Date | null;
  to?: Date | null;
  sort?: SearchSort | null;
  first?: number | null;
  offset?: number | null;
}

export interface SearchResponse extends EngineResult {
  engine: string;
  offset: number;
  /** Names for the condition and group facet values (ids). */
  labels: Map<string, string>;
}


/**
 * Search for a viewer: validates what was asked, works out what the viewer may see, and asks
 * the engine, which applies that access filter inside its own query (so pages stay full and
 * counts stay true).
 */
@Injectable()
export class SearchService {
  private readonly facetNames: FacetNames;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {
    this.facetNames = new FacetNames(db);
  }

  async access(viewer: AuthUser | null): Promise<SearchAccess> {
    if (!viewer) return { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] };
    // Moderation views ignore blocks; a site moderator's search is one.
    if (isSiteModerator(viewer)) return { memberOf: [], moderates: [], everything: true, hiddenAuthors: [] };
    const [row]: { member_of: string[]; moderates: string[]; hidden_authors: string[] }[] = await this.db.query(
      `SELECT ${searchAccessColumns('$1::uuid')}`,
      [viewer.id],
    );
    return { memberOf: row!.member_of, moderates: row!.moderates, everything: false, hiddenAuthors: row!.hidden_authors };
  }

  /**
   * Access as the engine takes it: a signed-in member's id when the engine reads their
   * memberships and blocks inside its own query (PostgreSQL), else the lists worked out here.
   */
  async engineAccess(viewer: AuthUser | null): Promise<SearchAccess | ViewerAccess> {
    if (viewer && !isSiteModerator(viewer) && this.engine.resolvesAccess) return { viewerId: viewer.id };
    return this.access(viewer);
  }

  async search(viewer: AuthUser | null, req: SearchRequest): Promise<SearchResponse> {
    const text = (req.query ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > LIMITS.searchQueryMax) {
      throw fieldError('query', 'TOO_LONG', `Search for at most ${LIMITS.searchQueryMax} characters at a time.`);
    }
    const first = pageSize(req.first, { max: LIMITS.searchPageMax, fallback: LIMITS.searchPageDefault });
    const offset = req.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset + first > LIMITS.searchResultsMax) {
      throw fieldError('offset', 'OUT_OF_RANGE', `Search pages reach at most the first ${LIMITS.searchResultsMax} results; narrow the search with filters.`);
    }
    const list = <T extends string>(field: string, values: T[] | null | undefined, check: (v: string) => boolean, what: string): T[] => {
      const v = [...new Set(values ?? [])];
      if (v.length > LIMITS.searchFilterValuesMax) throw fieldError(field, 'OUT_OF_RANGE', `Choose at most ${LIMITS.searchFilterValuesMax} ${what}.`);
      const bad = v.find((x) => !check(x));
      if (bad !== undefined) throw fieldError(field, 'INVALID_VALUE', `“${bad.slice(0, 60)}” is not a valid ${what.replace(/s$/, '')}.`);
      return v;
    };
    const types = list('types', req.types, (v) => (DOC_TYPES as readonly string[]).includes(v), 'types');
    const conditionIds = list('conditionIds', req.conditionIds, isUuid, 'conditions');
    const groupIds = list('groupIds', req.groupIds, isUuid, 'groups');
    const kinds = list('kinds', req.kinds, (v) => /^[a-z_-]{1,40}$/.test(v), 'kinds');
    const tags = list('tags', req.tags, (v) => /^[a-z0-9-]{1,40}$/.test(v), 'tags');
    if (req.from && req.to && req.from > req.to) throw fieldError('to', 'OUT_OF_RANGE', 'The end date is before the start date.');

    const result = await this.engine.search({
      text,
      types,
      conditionIds,
      groupIds,
      kinds,
      tags,
      from: req.from ?? null,
      to: req.to ?? null,
      sort: req.sort ?? 'relevance',
      offset,
      limit: first,
      access: await this.engineAccess(viewer),
    });
    const labels = await this.facetNames.of([...result.facets.condition, ...result.facets.group].map((f) => f.value));
    return { ...result, engine: this.engine.name, offset, labels };
  }
}

/**
 * Names of the conditions and groups that facet values name (by id). A name is read once and
 * kept for a minute, so most searches need no query for their labels; an id not seen before
 * (a new group) is read straight away, all missing ids in one query.
 */
export class FacetNames {
  private readonly names = new Map<string, { name: string; readAt: number }>();

  constructor(
    private readonly db: DataSource,
    private readonly maxAgeMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  async of(ids: string[]): Promise<Map<string, string>> {
    const now = Date.now();
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const known = this.names.get(id);
      if (known && now - known.readAt <= this.maxAgeMs) found.set(id, known.name);
      else missing.push(id);
    }
    if (!missing.length) return found;
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM conditions WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, name FROM groups WHERE id = ANY($1::uuid[])`,
      [missing],
    );
    if (this.names.size + rows.length > this.maxEntries) this.names.clear();
    for (const r of rows) {
      this.names.set(r.id, { name: r.name, readAt: now });
      found.set(r.id, r.name);
    }
    return found;
  }
}
