import type { EntityKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ENTITY_KINDS } from '../lib/enums';
import { kindLabel } from '../lib/i18n';
import { KIND_COLORS } from '../lib/kindColors';

export function GraphLegend({ kinds }: { kinds: ReadonlySet<EntityKind> }) {
  const { lang, t } = useI18n();
  return (
    <section className="legend" aria-label={t('graphLegend')}>
      <h2 className="visually-hidden">{t('graphLegend')}</h2>
      <ul>
        {ENTITY_KINDS.filter((k) => kinds.has(k)).map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ backgroundColor: KIND_COLORS[kind] }} aria-hidden="true" />
            {kindLabel(lang, kind)}
          </li>
        ))}
      </ul>
    </section>
  );
}
