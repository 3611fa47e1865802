import { EntityDetails } from '../components/EntityDetails';
import { EntityFacts } from '../components/EntityFacts';
import { KindBadge } from '../components/KindBadge';
import { Quote } from '../components/Quote';
import { ErrorMessage, Loading } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { formatAwardQuery, DEFAULT_SORT } from '../lib/awardFilters';
import { awardsHref, graphHref, pathHref } from '../lib/routes';
import { Link } from '../router';
import { ExplorerEntity } from './entityQuery';

/** The API's cap on `relations(first:)`; the query asks for this many. */
const FACT_LIMIT = 200;

export function EntityPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery(ExplorerEntity, { id });
  const entity = data?.entity;
  useDocumentTitle(entity?.name);
  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!entity) return <p className="status">{t('entityNotFound', { id })}</p>;
  return (
    <article className="page entity-page" data-testid="entity-page">
      <header className="entity-header">
        <p className="entity-kind">
          <KindBadge kind={entity.kind} /> <code className="entity-id">{entity.id}</code>
        </p>
        <h1 lang="zh-CN">{entity.name}</h1>
        <p className="name-en" lang="en">
          {entity.nameEn}
        </p>
        {entity.__typename === 'Person' && (
          <p className="pinyin">
            <span className="label">{t('entityPinyin')}:</span> <span lang="zh-Latn-pinyin">{entity.pinyin}</span>
          </p>
        )}
        {entity.aliases.length > 0 && (
          <p className="aliases">
            <span className="label">{t('entityAliases')}:</span> <span lang="zh-CN">{entity.aliases.join('、')}</span>
          </p>
        )}
        <div className="actions">
          <Link className="button" href={graphHref(entity.id)}>
            {t('openGraph')}
          </Link>
          <Link className="button secondary" href={pathHref(entity.id, '')}>
            {t('openPath')}
          </Link>
          {entity.__typename === 'Competition' && (
            <Link className="button secondary" href={awardsHref(formatAwardQuery({ ...DEFAULT_SORT, competition: entity.id }))}>
              {t('awardsHere')}
            </Link>
          )}
        </div>
      </header>
      <EntityDetails entity={entity} />
      {entity.note && (
        <p className="note">
          <span className="label">{t('entityNote')}:</span> {entity.note}
        </p>
      )}
      {entity.sources.length > 0 && (
        <details className="entity-sources">
          <summary>
            {t('entitySources')} <span className="count">{entity.sources.length}</span>
          </summary>
          {entity.sources.map((source, i) => (
            <Quote key={i} source={source} />
          ))}
        </details>
      )}
      <EntityFacts facts={entity.relations} limit={FACT_LIMIT} />
    </article>
  );
}
