import { SearchBox } from '../components/SearchBox';
import { SearchResults } from '../components/SearchResults';
import { graphql } from '../gql';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { entityHref, searchHref } from '../lib/routes';
import { Link, navigate } from '../router';

const ExplorerSummary = graphql(`
  query ExplorerSummary {
    graphSummary {
      entityCount
      relationshipCount
    }
  }
`);

const EXAMPLES = ['杨珍华', 'yangzhenhua', 'yzh', '技能大赛', 'WorldSkills', '裘耀东'];

export function SearchPage({ query }: { query: string }) {
  const { t } = useI18n();
  const summary = useQuery(ExplorerSummary, {});
  useDocumentTitle(query || undefined);
  return (
    <div className="page search-page">
      <h1>{t('searchTitle')}</h1>
      <p className="lede">{t('appSubtitle')}</p>
      <SearchBox
        key={query}
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        initialQuery={query}
        autoFocus
        testId="main-search"
        onSelect={(hit) => navigate(entityHref(hit.entity.id))}
        onSubmit={(text) => navigate(searchHref(text))}
      />
      <p className="hint">{t('searchHint')}</p>
      <p className="examples">
        {t('searchExamples')}{' '}
        {EXAMPLES.map((example) => (
          <Link key={example} href={searchHref(example)} className="chip">
            {example}
          </Link>
        ))}
      </p>
      {query && <SearchResults query={query} />}
      {summary.data && (
        <p className="summary" data-testid="summary">
          {t('summary', { entities: summary.data.graphSummary.entityCount, relations: summary.data.graphSummary.relationshipCount })}
        </p>
      )}
    </div>
  );
}
