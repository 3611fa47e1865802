import { useI18n } from '../i18n';
import { useQuery } from '../hooks/useQuery';
import { ExplorerEntityName } from '../pages/pathQuery';
import { EntityLink } from './EntityLink';
import { SearchBox } from './SearchBox';

interface Props {
  label: string;
  value: string;
  onChange: (id: string) => void;
  testId: string;
}

/** Picks an entity with the search combobox; once picked, shows it with a button to change it. */
export function EntityPicker({ label, value, onChange, testId }: Props) {
  const { t } = useI18n();
  const { data } = useQuery(ExplorerEntityName, value ? { id: value } : null);
  if (!value) {
    return <SearchBox label={label} placeholder={t('searchPlaceholder')} onSelect={(hit) => onChange(hit.entity.id)} testId={testId} />;
  }
  return (
    <div className="picked" data-testid={testId}>
      <span className="searchbox-label">{label}</span>
      <span className="picked-entity">{data?.entity ? <EntityLink entity={data.entity} showKind /> : <code>{value}</code>}</span>
      <button type="button" className="secondary small" onClick={() => onChange('')} aria-label={`${t('pathChange')}: ${label}`}>
        {t('pathChange')}
      </button>
    </div>
  );
}
