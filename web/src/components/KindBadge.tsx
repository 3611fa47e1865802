import type { EntityKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { kindLabel } from '../lib/i18n';
import { KIND_COLORS } from '../lib/kindColors';

export function KindBadge({ kind }: { kind: EntityKind }) {
  const { lang } = useI18n();
  return (
    <span className="kind-badge" style={{ backgroundColor: KIND_COLORS[kind] }}>
      {kindLabel(lang, kind)}
    </span>
  );
}
