import { Link } from 'react-router-dom';
import { Badge } from '../../../app/ui/Badge';
import { formatDate, plural } from '../../../app/ui/format';
import type { SearchHitFieldsFragment } from '../../../generated/graphql';
import { TagList } from '../../threads/components/PostBits';
import { kindLabel, TYPE_LABELS } from '../labels';
import { markOnlyHtml, sitePath } from '../mark-html';

/** Posts are "posted"; groups, conditions and treatments are "added". */
const POSTED = new Set(['thread', 'reply', 'tip']);

/**
 * One result: what it is, its title (a link to where it lives) and the words around the match,
 * both with the matched words highlighted, then where it is, how helpful people found it and
 * when. The highlighted strings go through markOnlyHtml (only <mark> survives) before they are
 * inserted as HTML; everything else is plain text.
 */
export function SearchHitItem({ hit, labelForTag }: { hit: SearchHitFieldsFragment; labelForTag: (slug: string) => string }) {
  const href = sitePath(hit.url);
  const title = <span dangerouslySetInnerHTML={{ __html: markOnlyHtml(hit.titleHtml) }} />;
  const type = TYPE_LABELS[hit.type];
  const posted = POSTED.has(hit.type);
  return (
    <li className="card search-hit">
      <h3 className="card__title search-hit__title">
        {href ? (
          <Link to={href} className="card__link">
            {title}
          </Link>
        ) : (
          title
        )}
      </h3>
      <p className="search-hit__badges">
        <Badge tone={type?.tone ?? 'neutral'}>{type?.one ?? hit.type}</Badge>
        {hit.kind ? <Badge tone="neutral">{kindLabel(hit.kind, hit.kind, 'one')}</Badge> : null}
      </p>
      {hit.snippetHtml ? (
        <p className="search-hit__snippet" dangerouslySetInnerHTML={{ __html: markOnlyHtml(hit.snippetHtml) }} />
      ) : null}
      <TagList tags={hit.tags} labelFor={labelForTag} />
      <p className="search-hit__meta">
        {hit.groupName && hit.type !== 'group' ? (
          <span>
            In <span className="search-hit__where">{hit.groupName}</span>
          </span>
        ) : null}
        {hit.conditionName && hit.type !== 'condition' ? (
          <span>
            Condition: <span className="search-hit__where">{hit.conditionName}</span>
          </span>
        ) : null}
        {posted ? <span>{plural(hit.helpfulCount, 'person', 'people')} found this helpful</span> : null}
        <span>
          {posted ? 'Posted' : 'Added'} <time dateTime={hit.createdAt}>{formatDate(hit.createdAt)}</time>
        </span>
      </p>
    </li>
  );
}
