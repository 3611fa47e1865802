import type { AwardOrderField } from '../gql/graphql';
import { useI18n } from '../i18n';
import type { AwardTableState } from '../lib/awardFilters';
import { levelLabel, sourceLabel, type MessageKey } from '../lib/i18n';
import type { AwardRow } from '../pages/awardsQuery';
import { EntityLink } from './EntityLink';

interface Props {
  rows: readonly AwardRow[];
  state: AwardTableState;
  onSort: (field: AwardOrderField) => void;
}

function SortHeader({
  field,
  label,
  state,
  onSort,
}: {
  field: AwardOrderField;
  label: string;
  state: AwardTableState;
  onSort: (field: AwardOrderField) => void;
}) {
  const { t } = useI18n();
  const sorted = state.sort === field;
  const direction = state.dir === 'ASC' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={sorted ? direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(field)} title={t('sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {sorted ? (state.dir === 'ASC' ? ' ▲' : ' ▼') : ' ⇅'}
        </span>
      </button>
    </th>
  );
}

export function AwardsTable({ rows, state, onSort }: Props) {
  const { lang, t } = useI18n();
  const plain = (key: MessageKey) => <th scope="col">{t(key)}</th>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('awardsTitle')}>
      <table className="awards-table" data-testid="awards-table">
        <thead>
          <tr>
            <SortHeader field="NAME" label={t('colAward')} state={state} onSort={onSort} />
            <SortHeader field="RANK" label={t('colRank')} state={state} onSort={onSort} />
            {plain('colRecipients')}
            {plain('colCompetition')}
            <SortHeader field="LEVEL" label={t('colLevel')} state={state} onSort={onSort} />
            <SortHeader field="DATE" label={t('colDate')} state={state} onSort={onSort} />
            {plain('colSection')}
          </tr>
        </thead>
        <tbody>
          {rows.map((award) => (
            <tr key={award.id} data-award-id={award.id}>
              <td>
                <EntityLink entity={award} gloss="block" />
                {award.discipline && (
                  <div className="sub" lang="zh-CN">
                    {award.discipline}
                    {award.category ? ` · ${award.category}` : ''}
                  </div>
                )}
              </td>
              <td lang="zh-CN">{award.rankText}</td>
              <td>
                <ul className="inline-list">
                  {award.recipients.map((r) => (
                    <li key={r.id}>
                      <EntityLink entity={r} gloss="none" />
                    </li>
                  ))}
                </ul>
                {award.coaches.length > 0 && (
                  <div className="sub">
                    {t('colCoaches')}:{' '}
                    {award.coaches.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && '、'}
                        <EntityLink entity={c} gloss="none" />
                      </span>
                    ))}
                  </div>
                )}
              </td>
              <td>{award.wonAt && <EntityLink entity={award.wonAt} gloss="block" />}</td>
              <td>{award.level ? levelLabel(lang, award.level) : '—'}</td>
              <td>{award.date ?? award.period ?? '—'}</td>
              <td className="source-cell">
                {award.sources.slice(0, 1).map((s, i) => (
                  <span key={i} title={s.quote} lang="zh-CN">
                    {sourceLabel(lang, s.section, s.item)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
