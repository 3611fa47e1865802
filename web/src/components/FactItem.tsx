import type { Fact } from '../pages/entityQuery';
import { useI18n } from '../i18n';
import { relationLabel } from '../lib/i18n';
import { EntityLink } from './EntityLink';
import { Quote } from './Quote';

/** One fact: how the other entity relates, its details, and the report's words for it. */
export function FactItem({ fact }: { fact: Fact }) {
  const { lang } = useI18n();
  const other = fact.other;
  const award = other.__typename === 'Award' ? other : undefined;
  const details = [
    fact.role && (lang === 'en' && fact.roleEn ? `${fact.role} (${fact.roleEn})` : fact.role),
    award?.discipline,
    fact.date,
    fact.period,
    fact.count !== null && fact.count !== undefined ? `${fact.count}${fact.countUnit ?? ''}` : null,
    fact.outcome,
  ].filter((d): d is string => Boolean(d));
  return (
    <li className="fact">
      <div className="fact-head">
        <span className="relation">{relationLabel(lang, fact.type, fact.direction)}</span>
        <EntityLink entity={other} showKind />
        {award?.wonAt && (
          <span className="won-at">
            {' · '}
            <EntityLink entity={award.wonAt} />
          </span>
        )}
      </div>
      {details.length > 0 && (
        <p className="fact-details" lang="zh-CN">
          {details.join(' · ')}
        </p>
      )}
      {fact.note && <p className="note">{fact.note}</p>}
      {fact.sources.map((source, i) => (
        <Quote key={i} source={source} />
      ))}
    </li>
  );
}
