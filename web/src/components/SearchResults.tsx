import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { kindLabel, matchedFieldLabel } from '../lib/i18n';
import { entityHref } from '../lib/routes';
import { Link } from '../router';
import { KindBadge } from './KindBadge';
import { ExplorerSearch, groupHits } from './searchQuery';
import { Snippet } from './Snippet';
import { ErrorMessage, Loading } from './Status';

/** The full result list of a submitted search (/search?q=…), grouped by kind. */
export function SearchResults({ query }: { query: string }) {
  const { lang, t } = useI18n();
  const { data, error, loading, reload } = useQuery(ExplorerSearch, { query, first: 50 });
  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  const hits = data?.search ?? [];
  if (hits.length === 0) return <p className="status">{t('searchNoResults', { query })}</p>;
  return (
    <section className="search-results" aria-label={t('searchResultCount', { count: hits.length })}>
      <p className="status">{t('searchResultCount', { count: hits.length })}</p>
      {groupHits(hits).map(([kind, list]) => (
        <section key={kind}>
          <h2>
            <KindBadge kind={kind} /> {kindLabel(lang, kind)} <span className="count">{list.length}</span>
          </h2>
          <ul className="result-list">
            {list.map((hit) => (
              <li key={hit.entity.id}>
                <Link href={entityHref(hit.entity.id)} lang="zh-CN" className="result-name">
                  {hit.entity.name}
                </Link>
                {hit.matchedField !== 'NAME_EN' && <span className="gloss">{hit.entity.nameEn}</span>}
                <span className="result-snippet">
                  <Snippet snippet={hit.snippet} /> <small>({matchedFieldLabel(lang, hit.matchedField)})</small>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
