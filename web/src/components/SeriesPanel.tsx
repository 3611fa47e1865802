import type { ExplorerSeriesQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { sourceLabel } from '../lib/i18n';
import { seriesLabel, unitLabel, valueLabel } from '../lib/series';
import { entityHref, seriesCsvHref } from '../lib/routes';
import { Link } from '../router';
import { EntityLink } from './EntityLink';
import { LineChart } from './LineChart';

export type Series = ExplorerSeriesQuery['metricSeries'][number];

/**
 * One series: its chart (x = semester, a labelled point per report) beside a table of the
 * points, each with the report's words and a link to the metric that holds the number.
 */
export function SeriesPanel({ series }: { series: Series }) {
  const { lang, t } = useI18n();
  const name = seriesLabel(lang, series);
  const unit = unitLabel(lang, series);
  const points = series.points.map((p) => ({ label: p.periodKey, value: p.value, valueLabel: valueLabel(p) }));
  return (
    <section className="series-panel" aria-labelledby="series-name" data-series={series.key}>
      <h2 id="series-name">
        <span lang={lang === 'en' ? 'en' : 'zh-CN'}>{name}</span>
        {unit && <span className="series-unit"> ({unit})</span>}
      </h2>
      <p className="series-meta">
        {t('seriesScope')}: <EntityLink entity={series.scope} showKind /> · {t('seriesPoints', { count: series.points.length })} ·{' '}
        <a href={seriesCsvHref([series.key])} download>
          {t('seriesDownloadOne')}
        </a>
      </p>
      {series.note && <p className="note">{series.note}</p>}
      <div className="series-body">
        <figure className="series-chart">
          <LineChart points={points} title={t('seriesChartLabel', { name })} unit={unit} testId="series-chart" />
          {series.points.length === 1 && <figcaption className="hint">{t('seriesSinglePoint')}</figcaption>}
        </figure>
        <div className="table-scroll series-table">
          <table data-testid="series-points">
            <caption className="visually-hidden">{t('seriesChartLabel', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colSemester')}</th>
                <th scope="col">{t('colValue')}</th>
                <th scope="col">{t('colQuote')}</th>
                <th scope="col">{t('colMetric')}</th>
              </tr>
            </thead>
            <tbody>
              {series.points.map((point) => (
                <tr key={point.report.id}>
                  <th scope="row">
                    {point.periodKey}
                    <span className="gloss block">{point.period}</span>
                  </th>
                  <td className="num">
                    {valueLabel(point)}
                    {unit ? ` ${unit}` : ''}
                  </td>
                  <td>
                    {point.quotes.map((q, i) => (
                      <figure key={i} className="quote compact">
                        <blockquote lang="zh-CN">
                          {q.context ? (
                            <>
                              {q.context.sentence.slice(0, q.context.start)}
                              <mark>{q.context.sentence.slice(q.context.start, q.context.end)}</mark>
                              {q.context.sentence.slice(q.context.end)}
                            </>
                          ) : (
                            <mark>{q.quote}</mark>
                          )}
                        </blockquote>
                        <figcaption>{sourceLabel(lang, q.section, q.item)}</figcaption>
                      </figure>
                    ))}
                  </td>
                  <td>
                    <Link href={entityHref(point.metric.id)} title={point.metric.nameEn} lang="zh-CN">
                      {point.metric.name}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {series.points.some((p) => p.lowerBound) && <p className="hint">{t('lowerBoundNote')}</p>}
        </div>
      </div>
    </section>
  );
}
