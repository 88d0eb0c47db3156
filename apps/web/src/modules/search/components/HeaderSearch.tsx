import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { SEARCH_QUERY_MAX } from '@kindred/contracts';
import { SEARCH_FIELD_IDS } from '../field-ids';
import { searchPath } from '../routes';

const HEADER_SEARCH_ID = SEARCH_FIELD_IDS.header;

/**
 * The search box in the site header: a labelled field (the label is visually hidden; the
 * button says "Search") that opens the search page for what was typed. "/" focuses it
 * (aria-keyshortcuts; see useSearchShortcut). On phones it sits in a panel that the header's
 * search button opens.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(searchPath(text));
    setText('');
  };

  return (
    <form role="search" aria-label="Site" className="header-search" onSubmit={onSubmit}>
      <label htmlFor={HEADER_SEARCH_ID} className="visually-hidden">
        Search Kindred
      </label>
      <input
        id={HEADER_SEARCH_ID}
        name="q"
        type="search"
        className="input header-search__input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={SEARCH_QUERY_MAX}
        placeholder="Search Kindred"
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="button header-search__button">
        Search
      </button>
    </form>
  );
}
