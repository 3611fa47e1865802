import { useI18n } from '../i18n';
import { levelLabel, rankLabel, type MessageKey } from '../lib/i18n';
import type { EntityData } from '../pages/entityQuery';

/** The kind-specific attributes of an entity, as a definition list. */
export function EntityDetails({ entity }: { entity: EntityData }) {
  const { lang, t } = useI18n();
  const rows: [MessageKey, string][] = [];
  const add = (key: MessageKey, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') rows.push([key, String(value)]);
  };
  switch (entity.__typename) {
    case 'Award':
      add('fieldRank', `${entity.rankText} (${rankLabel(lang, entity.rank)})`);
      add('fieldDiscipline', entity.discipline);
      add('fieldCategory', entity.category);
      add('fieldLevel', entity.level && levelLabel(lang, entity.level));
      add('fieldDate', entity.date);
      add('fieldPeriod', entity.period);
      break;
    case 'Competition':
      add('fieldEdition', entity.edition);
      add('fieldLevel', entity.level && levelLabel(lang, entity.level));
      add('fieldDate', entity.date);
      add('fieldPeriod', entity.period);
      add('fieldPlace', entity.place);
      break;
    case 'Project':
      add('fieldStatus', entity.status);
      add('fieldLevel', entity.level && levelLabel(lang, entity.level));
      add('fieldDate', entity.date);
      add('fieldPeriod', entity.period);
      break;
    case 'Event':
      add('fieldLevel', entity.level && levelLabel(lang, entity.level));
      add('fieldDate', entity.date);
      add('fieldPeriod', entity.period);
      add('fieldPlace', entity.place);
      break;
    case 'Metric':
      add('fieldValue', `${entity.lowerBound ? '≥ ' : ''}${entity.value}${entity.unit ?? ''}`);
      add('fieldDate', entity.date);
      add('fieldPeriod', entity.period);
      break;
    default:
      break;
  }
  if (rows.length === 0) return null;
  return (
    <dl className="details">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd lang="zh-CN">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
