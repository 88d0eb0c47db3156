import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/ui/usePageTitle';
import { SearchView } from '../modules/search/components/SearchView';

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  usePageTitle(q ? `Search: ${q.length > 60 ? `${q.slice(0, 60)}…` : q}` : 'Search');
  return (
    <>
      <header className="page-header">
        <h1>Search</h1>
        <p className="lead">Find conversations, groups, conditions and what has worked for other members.</p>
      </header>
      <SearchView />
    </>
  );
}
