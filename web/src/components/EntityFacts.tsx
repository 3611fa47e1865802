import { useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { groupFacts, type FactGroup } from '../lib/factGroups';
import type { Fact } from '../pages/entityQuery';
import { useI18n } from '../i18n';
import { FactItem } from './FactItem';

const GROUP_TITLES: Record<FactGroup, MessageKey> = {
  awards: 'groupAwards',
  roles: 'groupRoles',
  groups: 'groupGroups',
  partnerships: 'groupPartnerships',
  projects: 'groupProjects',
  events: 'groupEvents',
  other: 'groupOther',
};

/** Long sections (the college has hundreds of facts) start short, so the page stays scannable. */
const PREVIEW = 10;

function FactSection({ group, facts }: { group: FactGroup; facts: Fact[] }) {
  const { t } = useI18n();
  const [all, setAll] = useState(facts.length <= PREVIEW + 2);
  const shown = all ? facts : facts.slice(0, PREVIEW);
  return (
    <section className="fact-group" aria-labelledby={`facts-${group}`} data-group={group}>
      <h2 id={`facts-${group}`}>
        {t(GROUP_TITLES[group])} <span className="count">{facts.length}</span>
      </h2>
      <ul className="fact-list">
        {shown.map((fact) => (
          <FactItem key={`${fact.id}-${fact.direction}`} fact={fact} />
        ))}
      </ul>
      {!all && (
        <button type="button" className="secondary" onClick={() => setAll(true)}>
          {t('showAll', { count: facts.length })}
        </button>
      )}
    </section>
  );
}

export function EntityFacts({ facts, limit }: { facts: readonly Fact[]; limit: number }) {
  const { t } = useI18n();
  if (facts.length === 0) return <p className="status">{t('noFacts')}</p>;
  return (
    <>
      {facts.length >= limit && <p className="status">{t('factsCapped', { count: limit })}</p>}
      {groupFacts(facts).map(([group, list]) => (
        <FactSection key={group} group={group} facts={list} />
      ))}
    </>
  );
}
