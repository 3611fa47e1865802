import { useMemo } from 'react';
import { BarChart } from '../components/BarChart';
import { ErrorMessage, Loading } from '../components/Status';
import { graphql } from '../gql';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { DEFAULT_SORT, formatAwardQuery } from '../lib/awardFilters';
import { bucketFilter, type Dimension } from '../lib/bucketFilter';
import { isOneOf, LEVELS, RANKS, RECIPIENT_KINDS, sectionNumberOf } from '../lib/enums';
import { levelLabel, rankLabel, recipientKindLabel, type Lang, type MessageKey } from '../lib/i18n';
import { awardsHref, seriesHref } from '../lib/routes';
import { Link, navigate } from '../router';

const ExplorerDashboard = graphql(`
  query ExplorerDashboard {
    byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 1) {
      key
      awardCount
    }
    byRank: awardStatistics(groupBy: RANK, awardsPerBucket: 1) {
      key
      awardCount
    }
    byRecipientKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 1) {
      key
      awardCount
    }
    bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) {
      key
      awardCount
    }
  }
`);

const CHARTS: { dimension: Dimension; field: 'byLevel' | 'byRank' | 'byRecipientKind' | 'bySection'; title: MessageKey }[] = [
  { dimension: 'LEVEL', field: 'byLevel', title: 'chartLevel' },
  { dimension: 'RANK', field: 'byRank', title: 'chartRank' },
  { dimension: 'RECIPIENT_KIND', field: 'byRecipientKind', title: 'chartRecipientKind' },
  { dimension: 'SECTION', field: 'bySection', title: 'chartSection' },
];

function bucketLabel(lang: Lang, dimension: Dimension, key: string, unspecified: string): string {
  if (dimension === 'LEVEL' && isOneOf(LEVELS, key)) return levelLabel(lang, key);
  if (dimension === 'RANK' && isOneOf(RANKS, key)) return rankLabel(lang, key);
  if (dimension === 'RECIPIENT_KIND' && isOneOf(RECIPIENT_KINDS, key)) return recipientKindLabel(lang, key);
  if (dimension === 'SECTION') return lang === 'zh' ? key : `§${sectionNumberOf(key) ?? key}`;
  return key === 'UNSPECIFIED' ? unspecified : key;
}

/** Award counts by four dimensions; a bar (or its row in the data table) opens the filtered table (ECharts loads on demand). */
export default function DashboardPage() {
  const { lang, t } = useI18n();
  const { data, error, loading, reload } = useQuery(ExplorerDashboard, {});
  useDocumentTitle(t('dashboardTitle'));
  const charts = useMemo(
    () =>
      CHARTS.map((chart) => {
        const buckets = data?.[chart.field] ?? [];
        const bars = buckets.map((b) => {
          const filter = bucketFilter(chart.dimension, b.key);
          return {
            key: b.key,
            label: bucketLabel(lang, chart.dimension, b.key, t('unspecified')),
            value: b.awardCount,
            clickable: filter !== undefined,
            href: filter ? awardsHref(formatAwardQuery({ ...DEFAULT_SORT, ...filter })) : undefined,
          };
        });
        return { ...chart, bars };
      }),
    [data, lang, t],
  );
  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  return (
    <div className="page dashboard-page">
      <h1>{t('dashboardTitle')}</h1>
      <p className="hint">{t('dashboardHint')}</p>
      <p>
        <Link href={seriesHref('')}>{t('dashboardSeriesLink')}</Link>
      </p>
      <div className="chart-grid">
        {charts.map((chart) => (
          <section key={chart.dimension} className="chart-card" aria-labelledby={`chart-${chart.dimension}`}>
            <h2 id={`chart-${chart.dimension}`}>{t(chart.title)}</h2>
            <BarChart
              bars={chart.bars}
              title={t(chart.title)}
              testId={`chart-${chart.dimension}`}
              onBarClick={(index) => {
                const href = chart.bars[index]?.href;
                if (href) navigate(href);
              }}
            />
            <details className="chart-table">
              <summary>{t('chartTable')}</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t(chart.title)}</th>
                    <th scope="col">{t('chartCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {chart.bars.map((bar) => (
                    <tr key={bar.key}>
                      <td>{bar.href ? <Link href={bar.href}>{bar.label}</Link> : bar.label}</td>
                      <td>{bar.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
        ))}
      </div>
    </div>
  );
}
