import { memo } from 'react';
import { itemKey, quoteInContext, type Corpus } from '../../../src/model/reportText';
import type { EntityKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { isOneOf, ENTITY_KINDS } from '../lib/enums';
import { sourceLabel, type MessageKey } from '../lib/i18n';
import { highlight, type Candidate, type ReviewStatus } from '../lib/review';
import { KindBadge } from './KindBadge';

const STATUS_LABEL: Record<ReviewStatus, MessageKey> = {
  candidate: 'statusCandidate',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
};
const ACTIONS: { status: ReviewStatus; label: MessageKey }[] = [
  { status: 'accepted', label: 'reviewAccept' },
  { status: 'rejected', label: 'reviewReject' },
  { status: 'candidate', label: 'reviewReset' },
];

export const statusLabelKey = (status: ReviewStatus): MessageKey => STATUS_LABEL[status];

interface Props {
  candidate: Candidate;
  status: ReviewStatus;
  /** The report's text split as the server splits it, when report.txt was opened too. */
  corpus: Corpus | undefined;
  /** Names of the entities in the opened files, for a fact's ends. */
  names: ReadonlyMap<string, string>;
  onDecide: (key: string, status: ReviewStatus) => void;
}

function SourceQuote({ source, corpus }: { source: Candidate['sources'][number]; corpus: Corpus | undefined }) {
  const { lang, t } = useI18n();
  const context = corpus ? quoteInContext(corpus, source.section, source.item, source.quote) : null;
  const item = corpus && source.item !== null ? corpus.itemText.get(itemKey(source.section, source.item)) : undefined;
  const inItem = item ? highlight(item, source.quote) : null;
  return (
    <figure className="quote compact">
      <blockquote lang="zh-CN">
        {context ? (
          <>
            {context.sentence.slice(0, context.start)}
            <mark>{context.sentence.slice(context.start, context.end)}</mark>
            {context.sentence.slice(context.end)}
          </>
        ) : (
          <mark>{source.quote}</mark>
        )}
      </blockquote>
      <figcaption>
        {sourceLabel(lang, source.section, source.item)}
        {inItem && (
          <details className="whole-item">
            <summary>{t('reviewWholeItem')}</summary>
            <p lang="zh-CN">
              {inItem[0]}
              <mark>{inItem[1]}</mark>
              {inItem[2]}
            </p>
          </details>
        )}
      </figcaption>
    </figure>
  );
}

/** One proposed entity or fact: what it is, where the report says it, why, and the curator's decision. */
export const ReviewCandidate = memo(function ReviewCandidate({ candidate: c, status, corpus, names, onDecide }: Props) {
  const { t } = useI18n();
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? id) : '');
  return (
    <li className={`review-candidate status-${status}`} data-testid="review-candidate" data-id={c.id} data-path={c.path}>
      <div className="review-head">
        {isOneOf(ENTITY_KINDS, c.kind) ? <KindBadge kind={c.kind as EntityKind} /> : <span className="kind-badge fact-type">{c.kind}</span>}
        <strong lang="zh-CN">{c.entry === 'entity' ? c.name : `${nameOf(c.from)} → ${nameOf(c.to)}`}</strong>
        <code className="review-id">{c.id}</code>
        <span className={`review-status status-${status}`}>{t(STATUS_LABEL[status])}</span>
      </div>
      {c.sources.map((source, i) => (
        <SourceQuote key={i} source={source} corpus={corpus} />
      ))}
      <p className="review-meta">
        {c.confidence !== null && t('reviewConfidence', { value: c.confidence })}
        {c.matchedBy && ` · ${t('reviewMatchedBy', { by: t(c.matchedBy === 'alias' ? 'reviewMatchedAlias' : 'reviewMatchedName') })}`}
        {c.evidence && (
          <>
            {' · '}
            {t('reviewEvidence')}: <span lang="zh-CN">{c.evidence}</span>
          </>
        )}
      </p>
      <div className="actions review-actions" role="group" aria-label={t('reviewActionsFor', { id: c.id })}>
        {ACTIONS.map((action) => (
          <button
            key={action.status}
            type="button"
            className={status === action.status ? 'small' : 'small secondary'}
            aria-pressed={status === action.status}
            onClick={() => onDecide(c.key, action.status)}
          >
            {t(action.label)}
          </button>
        ))}
      </div>
    </li>
  );
});
