import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDebounced } from '../hooks/useDebounced';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { kindLabel, matchedFieldLabel } from '../lib/i18n';
import { KindBadge } from './KindBadge';
import { ExplorerSearch, groupHits, type SearchHit } from './searchQuery';
import { Snippet } from './Snippet';

interface Props {
  label: string;
  onSelect: (hit: SearchHit) => void;
  /** Enter without a highlighted option (e.g. to show all results); optional. */
  onSubmit?: (query: string) => void;
  onQueryChange?: (query: string) => void;
  initialQuery?: string;
  placeholder?: string;
  autoFocus?: boolean;
  testId?: string;
}

/**
 * Search as you type, as an ARIA 1.2 combobox: the input owns a listbox of options grouped by
 * kind; arrow keys move the active option (aria-activedescendant), Enter picks it, Escape closes.
 * Requests are debounced, and a newer query aborts the older request (useQuery).
 */
export function SearchBox({ label, onSelect, onSubmit, onQueryChange, initialQuery = '', placeholder, autoFocus, testId }: Props) {
  const { lang, t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const settled = useDebounced(query.trim(), 200);
  const { data, loading, error } = useQuery(ExplorerSearch, settled ? { query: settled, first: 12 } : null);
  // The last answer stays on screen while the next query loads (no flicker as one types); when
  // a new answer replaces it, the highlight is dropped so Enter never picks an option unseen.
  const [shown, setShown] = useState<{ query: string; hits: readonly SearchHit[] }>({ query: '', hits: [] });
  useEffect(() => {
    if (!settled) setShown({ query: '', hits: [] });
    else if (data) setShown({ query: settled, hits: data.search });
    else return;
    setActive(-1);
  }, [data, settled]);
  const hits = shown.hits;
  const groups = useMemo(() => groupHits(hits), [hits]);
  // Options in display order (grouped), so arrow keys follow what the eye sees.
  const ordered = useMemo(() => groups.flatMap(([, list]) => list), [groups]);
  const expanded = open && settled !== '' && (ordered.length > 0 || (!loading && !error && shown.query === settled));
  const optionId = (index: number) => `${id}-opt-${index}`;
  // Keep the active option in view when the arrow keys move past the list's edge.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    onSelect(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (ordered.length === 0) return;
      const last = ordered.length - 1;
      if (event.key === 'ArrowDown') setActive((current) => (current >= last ? 0 : current + 1));
      else setActive((current) => (current <= 0 ? last : current - 1));
    } else if (event.key === 'Enter') {
      // Without a highlighted option, a picker (no onSubmit) takes the best hit.
      const hit = active >= 0 ? ordered[active] : onSubmit ? undefined : ordered[0];
      if (hit && expanded) {
        event.preventDefault();
        choose(hit);
      } else if (onSubmit && query.trim()) {
        event.preventDefault();
        setOpen(false);
        onSubmit(query.trim());
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        setQuery('');
        onQueryChange?.('');
      }
    }
  };

  let index = -1;
  return (
    <div className="searchbox" data-testid={testId}>
      <label htmlFor={`${id}-input`} className="searchbox-label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
          onQueryChange?.(event.target.value);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {settled && shown.query === settled
          ? hits.length
            ? t('searchResultCount', { count: hits.length })
            : t('searchNoResults', { query: settled })
          : ''}
      </span>
      <div id={listId} role="listbox" aria-label={label} className="searchbox-list" hidden={!expanded} aria-busy={loading}>
        {expanded && ordered.length === 0 && (
          <div className="searchbox-empty" role="presentation">
            {t('searchNoResults', { query: settled })}
          </div>
        )}
        {groups.map(([kind, list]) => (
          <div role="group" key={kind} aria-labelledby={`${id}-g-${kind}`}>
            <div id={`${id}-g-${kind}`} className="searchbox-group" role="presentation">
              {kindLabel(lang, kind)}
            </div>
            {list.map((hit) => {
              index += 1;
              const i = index;
              return (
                <div
                  key={hit.entity.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'searchbox-option active' : 'searchbox-option'}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(hit);
                  }}
                  onMouseMove={() => setActive(i)}
                >
                  <KindBadge kind={hit.kind} />
                  <span className="option-name" lang="zh-CN">
                    {hit.entity.name}
                  </span>
                  <span className="option-snippet">
                    <Snippet snippet={hit.snippet} />
                  </span>
                  <span className="visually-hidden">{matchedFieldLabel(lang, hit.matchedField)}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
