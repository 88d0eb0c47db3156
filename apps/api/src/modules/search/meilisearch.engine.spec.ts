import type { Settings } from 'meilisearch';
import { LIMITS } from '@kindred/contracts';
import { filterValue, pageFor, settingsToUpdate } from './meilisearch.engine';

/**
 * The adapter's pure parts. Its behaviour against a server is the search engine contract,
 * run whenever MEILI_HOST is set; nothing here stands in for a Meilisearch server.
 */

/** Reads a quoted filter value back the way milli's filter-parser (value.rs, quoted_by + unescape) does. */
function parseQuoted(written: string): string {
  const quote = written[0]!;
  let escaped = false;
  let i = 1;
  for (; i < written.length; i++) {
    const c = written[i]!;
    if (c === quote) break;
    if (c === '\\') {
      i++;
      if (i >= written.length) throw new Error('malformed');
      escaped ||= written[i] === quote;
    }
  }
  if (i !== written.length - 1) throw new Error(`value ends early: ${written}`);
  const raw = written.slice(1, -1);
  return escaped ? raw.split(`\\${quote}`).join(quote) : raw;
}

describe('Meilisearch filter values', () => {
  it.each([
    'medication',
    'say "hi" \\ now',
    'a\\b',
    "it's",
    '"quoted"',
    'back\\slash "and" quote',
    'ends with \\"',
    'a\\\\b',
  ])('reads %j back exactly', (v) => {
    expect(parseQuoted(filterValue(v))).toBe(v);
  });

  it('refuses values the filter syntax cannot express rather than match something else', () => {
    expect(() => filterValue('trailing\\')).toThrow(/backslash/);
    expect(() => filterValue('both \\" and \\\'')).toThrow();
  });
});

describe('Meilisearch pages', () => {
  it('covers every reachable window (offset + limit ≤ 1,000, limit ≤ 50) with one page', () => {
    for (let limit = 1; limit <= LIMITS.searchPageMax; limit++) {
      for (let offset = 0; offset + limit <= LIMITS.searchResultsMax; offset++) {
        const { page, hitsPerPage, skip } = pageFor(offset, limit);
        const start = (page - 1) * hitsPerPage;
        expect(start + skip).toBe(offset);
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage);
        // Never more hits than the window and what precedes it (at most the 1,000 pages reach).
        expect(hitsPerPage).toBeLessThanOrEqual(offset + limit);
      }
    }
    expect(pageFor(980, 20)).toEqual({ page: 50, hitsPerPage: 20, skip: 0 });
    expect(pageFor(10, 20)).toEqual({ page: 1, hitsPerPage: 30, skip: 10 });
  });
});

describe('Meilisearch settings at start', () => {
  const wanted: Settings = {
    searchableAttributes: ['title', 'body'],
    filterableAttributes: ['type', 'id'],
    rankingRules: ['sort', 'words'],
    stopWords: ['the', 'at'],
    synonyms: {},
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1001 },
  };

  it('sends nothing when the index already has them, whatever order sets come back in and whatever else it reports', () => {
    const current: Settings = {
      ...wanted,
      filterableAttributes: ['id', 'type'],
      stopWords: ['at', 'the'],
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
      typoTolerance: { enabled: true },
    };
    expect(settingsToUpdate(current, wanted)).toEqual({});
  });

  it('sends only the settings that differ, order mattering where it ranks', () => {
    const current: Settings = {
      ...wanted,
      rankingRules: ['words', 'sort'],
      searchableAttributes: ['body', 'title'],
      synonyms: { copd: ['emphysema'] },
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
      pagination: { maxTotalHits: 10_000 },
    };
    expect(Object.keys(settingsToUpdate(current, wanted)).sort()).toEqual(
      ['faceting', 'pagination', 'rankingRules', 'searchableAttributes', 'synonyms'].sort(),
    );
  });
});
