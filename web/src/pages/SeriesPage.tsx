import { ReportSummaries } from '../components/ReportSummaries';
import { SeriesPanel } from '../components/SeriesPanel';
import { ErrorMessage, Loading } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { seriesCsvHref, seriesHref } from '../lib/routes';
import { seriesLabel, unitLabel } from '../lib/series';
import { Link } from '../router';
import { ExplorerSeries } from './seriesQuery';

/**
 * The metric series (chosen by `?key=`, the first by default) and the reports' summaries, for
 * the college office: chart, points with their quotes, and the server's CSV (ECharts loads on demand).
 */
export default function SeriesPage({ seriesKey }: { seriesKey: string }) {
  const { lang, t } = useI18n();
  const { data, error, loading, reload } = useQuery(ExplorerSeries, {});
  useDocumentTitle(t('seriesTitle'));
  if (loading) return <Loading />;
  if (error || !data) return <ErrorMessage error={error ?? new Error('no data')} onRetry={reload} />;
  const all = data.metricSeries;
  const selected = seriesKey ? all.find((s) => s.key === seriesKey) : all[0];
  return (
    <div className="page series-page">
      <h1>{t('seriesTitle')}</h1>
      <p className="hint">{t('seriesHint')}</p>
      <p>
        <a className="button secondary" href={seriesCsvHref()} download>
          {t('seriesDownloadAll')}
        </a>
      </p>
      {all.length === 0 && <p>{t('seriesNone')}</p>}
      {all.length > 0 && (
        <div className="series-layout">
          <nav aria-labelledby="series-list-title" className="series-list">
            <h2 id="series-list-title">{t('seriesList')}</h2>
            <ul>
              {all.map((s) => {
                const unit = unitLabel(lang, s);
                return (
                  <li key={s.key}>
                    <Link href={seriesHref(s.key)} aria-current={s === selected ? 'page' : undefined}>
                      {seriesLabel(lang, s)}
                    </Link>
                    <span className="gloss block">
                      {unit ? `${t('seriesUnit')}: ${unit} · ` : ''}
                      {t('seriesScope')}: {lang === 'en' ? s.scope.nameEn : s.scope.name}
                    </span>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="series-main">
            {selected ? (
              <SeriesPanel key={selected.key} series={selected} />
            ) : (
              <p role="alert">{t('seriesNotFound', { key: seriesKey })}</p>
            )}
          </div>
        </div>
      )}
      <ReportSummaries summaries={data.reportSummaries} />
    </div>
  );
}
