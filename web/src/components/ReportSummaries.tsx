import { useMemo } from 'react';
import type { ExplorerSeriesQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { kindBars, levelBars, type GroupedBars } from '../lib/series';
import { GroupedBarChart } from './GroupedBarChart';

type Summary = ExplorerSeriesQuery['reportSummaries'][number];

function BarsTable({ bars, title }: { bars: GroupedBars; title: string }) {
  const { t } = useI18n();
  return (
    <details className="chart-table">
      <summary>{t('chartTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {bars.groups.map((g) => (
              <th scope="col" key={g.name}>
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bars.categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {bars.groups.map((g) => (
                <td key={g.name}>{g.values[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** What each report states, counted: entities by kind and awards by level, one colour per report. */
export function ReportSummaries({ summaries }: { summaries: readonly Summary[] }) {
  const { lang, t } = useI18n();
  const kinds = useMemo(() => kindBars(lang, summaries), [lang, summaries]);
  const levels = useMemo(() => levelBars(lang, summaries), [lang, summaries]);
  return (
    <section aria-labelledby="summaries-title" className="report-summaries">
      <h2 id="summaries-title">{t('summariesTitle')}</h2>
      <div className="table-scroll">
        <table className="summary-table" data-testid="report-totals">
          <caption>{t('summariesTotals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colSemester')}</th>
              <th scope="col">{t('colReport')}</th>
              <th scope="col">{t('colEntities')}</th>
              <th scope="col">{t('colFacts')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <tr key={s.report.id}>
                <th scope="row">{s.periodKey}</th>
                <td lang={lang === 'en' ? 'en' : 'zh-CN'}>{lang === 'en' ? s.report.titleEn : s.report.title}</td>
                <td className="num">{s.entityCount}</td>
                <td className="num">{s.factCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="chart-grid">
        <section className="chart-card" aria-labelledby="chart-kinds">
          <h3 id="chart-kinds">{t('summariesKinds')}</h3>
          <GroupedBarChart categories={kinds.categories} groups={kinds.groups} title={t('summariesKinds')} testId="chart-report-kinds" />
          <BarsTable bars={kinds} title={t('entityKind')} />
        </section>
        <section className="chart-card" aria-labelledby="chart-levels">
          <h3 id="chart-levels">{t('summariesLevels')}</h3>
          <GroupedBarChart
            categories={levels.categories}
            groups={levels.groups}
            title={t('summariesLevels')}
            testId="chart-report-levels"
          />
          <BarsTable bars={levels} title={t('colLevel')} />
        </section>
      </div>
    </section>
  );
}
