import { useMemo, useState } from 'react';
import { AwardFilters } from '../components/AwardFilters';
import { AwardsTable } from '../components/AwardsTable';
import { ErrorMessage, Loading } from '../components/Status';
import { downloadText } from '../download';
import { fetchAllAwards, useAwardPages } from '../hooks/useAwardPages';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useI18n } from '../i18n';
import { awardsCsv } from '../lib/awardCsv';
import { formatAwardQuery, nextSort, parseAwardQuery, toAwardFilter, toAwardOrder, type AwardTableState } from '../lib/awardFilters';
import { awardsHref } from '../lib/routes';
import { navigate } from '../router';

export function AwardsPage({ search }: { search: string }) {
  const { lang, t } = useI18n();
  const state = useMemo(() => parseAwardQuery(search), [search]);
  useDocumentTitle(t('awardsTitle'));
  const filter = useMemo(() => toAwardFilter(state), [state]);
  const orderBy = useMemo(() => toAwardOrder(state), [state]);
  const { pages, stalePages, error, loadingMore, loadMore, reload } = useAwardPages(filter, orderBy);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<Error>();
  const update = (next: AwardTableState) => navigate(awardsHref(formatAwardQuery(next)));

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const rows = await fetchAllAwards(filter, orderBy);
      downloadText('awards.csv', awardsCsv(lang, rows));
    } catch (e) {
      setExportError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="page awards-page">
      <h1>{t('awardsTitle')}</h1>
      <AwardFilters state={state} onChange={update} />
      <div className="table-toolbar">
        <p className="status" role="status" data-testid="awards-count">
          {pages ? t('awardsCount', { total: pages.totalCount, shown: pages.rows.length }) : ''}
        </p>
        <button type="button" onClick={exportCsv} disabled={exporting || !pages || pages.totalCount === 0}>
          {exporting ? t('downloading') : t('downloadCsv')}
        </button>
      </div>
      {exportError && <ErrorMessage error={exportError} />}
      {error ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : !pages ? (
        stalePages && stalePages.rows.length > 0 ? (
          <div className="stale" aria-busy="true">
            <Loading />
            <AwardsTable rows={stalePages.rows} state={state} onSort={() => undefined} />
          </div>
        ) : (
          <Loading />
        )
      ) : pages.rows.length === 0 ? (
        <p className="status">{t('noAwards')}</p>
      ) : (
        <>
          <AwardsTable rows={pages.rows} state={state} onSort={(field) => update({ ...state, ...nextSort(state, field) })} />
          {pages.hasNextPage && (
            <p className="load-more">
              <button type="button" onClick={loadMore} disabled={loadingMore}>
                {loadingMore ? t('loading') : t('loadMore')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
