import { useId, type ReactNode } from 'react';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { DEFAULT_SORT, type AwardTableState } from '../lib/awardFilters';
import { isOneOf, LEVELS, RANKS, RECIPIENT_KINDS, sectionNumberOf, sectionOf } from '../lib/enums';
import { levelLabel, rankLabel, recipientKindLabel, type MessageKey } from '../lib/i18n';
import { ExplorerAwardOptions } from '../pages/awardsQuery';

interface Props {
  state: AwardTableState;
  onChange: (state: AwardTableState) => void;
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** The table's filters; every change goes to the URL, which is the single source of truth. */
export function AwardFilters({ state, onChange }: Props) {
  const { lang, t } = useI18n();
  const options = useQuery(ExplorerAwardOptions, {});
  const competitions = [...(options.data?.entities.edges.map((e) => e.node) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const years = (options.data?.years ?? []).map((b) => b.key).filter((k) => /^\d{4}$/.test(k));
  if (state.competition && !competitions.some((c) => c.id === state.competition)) {
    competitions.unshift({ id: state.competition, name: state.competition, nameEn: state.competition });
  }
  if (state.year && !years.includes(state.year)) years.unshift(state.year);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');
  const trades = [...(options.data?.trades.edges.map((e) => e.node) ?? [])].sort(byName);
  if (state.trade && !trades.some((c) => c.id === state.trade)) trades.unshift({ id: state.trade, name: state.trade, nameEn: state.trade });
  // The sections that hold awards, in order (a report may have any number of them).
  const sections = (options.data?.sections ?? []).map((b) => sectionNumberOf(b.key)).filter((n): n is number => n !== null && n > 0);
  if (state.section !== undefined && !sections.includes(state.section)) sections.push(state.section);
  sections.sort((a, b) => a - b);
  const any = <option value="">{t('filterAny')}</option>;
  const set = (patch: Partial<AwardTableState>) => onChange({ ...state, ...patch });
  const label = (key: MessageKey) => t(key);
  return (
    <form className="filters" aria-label={t('awardsFilters')} onSubmit={(event) => event.preventDefault()}>
      <Select label={label('filterCompetition')} value={state.competition ?? ''} onChange={(v) => set({ competition: v || undefined })}>
        {any}
        {competitions.map((c) => (
          <option key={c.id} value={c.id}>
            {lang === 'en' ? `${c.name} (${c.nameEn})` : c.name}
          </option>
        ))}
      </Select>
      <Select label={label('filterTrade')} value={state.trade ?? ''} onChange={(v) => set({ trade: v || undefined })}>
        {any}
        {trades.map((c) => (
          <option key={c.id} value={c.id}>
            {lang === 'en' ? `${c.name} (${c.nameEn})` : c.name}
          </option>
        ))}
      </Select>
      <Select
        label={label('filterLevelAtLeast')}
        value={state.levelAtLeast ?? ''}
        onChange={(v) => set({ levelAtLeast: isOneOf(LEVELS, v) ? v : undefined })}
      >
        {any}
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {levelLabel(lang, level)}
          </option>
        ))}
      </Select>
      <Select label={label('filterLevel')} value={state.level ?? ''} onChange={(v) => set({ level: isOneOf(LEVELS, v) ? v : undefined })}>
        {any}
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {levelLabel(lang, level)}
          </option>
        ))}
      </Select>
      <Select
        label={label('filterRank')}
        value={state.rank?.length === 1 ? state.rank[0]! : (state.rank?.join(',') ?? '')}
        onChange={(v) => set({ rank: isOneOf(RANKS, v) ? [v] : undefined })}
      >
        {any}
        {state.rank && state.rank.length > 1 && (
          <option value={state.rank.join(',')}>{state.rank.map((r) => rankLabel(lang, r)).join(' / ')}</option>
        )}
        {RANKS.map((rank) => (
          <option key={rank} value={rank}>
            {rankLabel(lang, rank)}
          </option>
        ))}
      </Select>
      <Select
        label={label('filterRecipientKind')}
        value={state.recipientKind ?? ''}
        onChange={(v) => set({ recipientKind: isOneOf(RECIPIENT_KINDS, v) ? v : undefined })}
      >
        {any}
        {RECIPIENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {recipientKindLabel(lang, kind)}
          </option>
        ))}
      </Select>
      <Select label={label('filterYear')} value={state.year ?? ''} onChange={(v) => set({ year: v || undefined })}>
        {any}
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
      <Select
        label={label('filterSection')}
        value={state.section === undefined ? '' : String(state.section)}
        onChange={(v) => set({ section: v === '' ? undefined : Number(v) })}
      >
        {any}
        {sections.map((number) => (
          <option key={number} value={number}>
            {lang === 'zh' ? `第${sectionOf(number)}部分` : `Section ${sectionOf(number)} (${number})`}
          </option>
        ))}
      </Select>
      <div className="field field-button">
        <button type="button" className="secondary" onClick={() => onChange({ ...DEFAULT_SORT, sort: state.sort, dir: state.dir })}>
          {t('filterClear')}
        </button>
      </div>
    </form>
  );
}
