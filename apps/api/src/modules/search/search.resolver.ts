import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { FacetCount } from './search-engine.port';
import { SearchInput, SearchResultsObject } from './search.object';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultsObject, {
    description: 'Threads, replies, groups, conditions, interventions and tips the viewer may read, with facet counts.',
  })
  async search(@CurrentUser() viewer: AuthUser | null, @Args('input') input: SearchInput) {
    const r = await this.service.search(viewer, input);
    const label = (f: FacetCount) => ({ ...f, label: r.labels.get(f.value) ?? f.value });
    return {
      total: r.total,
      totalIsEstimate: r.totalIsEstimate,
      offset: r.offset,
      engine: r.engine,
      correctedQuery: r.correctedText,
      hits: r.hits.map((h) => ({ ...h, createdAt: new Date(h.createdAt) })),
      facets: {
        type: r.facets.type.map(label),
        condition: r.facets.condition.map(label),
        group: r.facets.group.map(label),
        kind: r.facets.kind.map(label),
        tag: r.facets.tag.map(label),
      },
    };
  }
}
