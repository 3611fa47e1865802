import type { EntityKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { entityHref } from '../lib/routes';
import { Link } from '../router';
import { KindBadge } from './KindBadge';

interface Props {
  entity: { id: string; name: string; nameEn: string; kind?: EntityKind };
  showKind?: boolean;
  /** Where the English gloss goes in English mode: after the name, on its own line, or nowhere. */
  gloss?: 'inline' | 'block' | 'none';
}

/** A link to an entity page, named in Chinese with the English gloss as a hint (shown in English mode). */
export function EntityLink({ entity, showKind = false, gloss = 'inline' }: Props) {
  const { lang } = useI18n();
  return (
    <span className="entity-link">
      {showKind && entity.kind && <KindBadge kind={entity.kind} />}
      <Link href={entityHref(entity.id)} title={entity.nameEn} lang="zh-CN">
        {entity.name}
      </Link>
      {lang === 'en' && gloss !== 'none' && entity.nameEn !== entity.name && (
        <span className={gloss === 'block' ? 'gloss block' : 'gloss'} lang="en">
          {gloss === 'block' ? entity.nameEn : ` (${entity.nameEn})`}
        </span>
      )}
    </span>
  );
}
