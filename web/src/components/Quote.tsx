import { useI18n } from '../i18n';
import { sourceLabel } from '../lib/i18n';

interface Props {
  source: {
    section: string;
    item?: number | null;
    quote: string;
    context?: { sentence: string; start: number; end: number } | null;
  };
}

/**
 * A fact's source: the quote highlighted inside its sentence of the report, with section and
 * item. Without the sentence (a report whose text is not in the graph) the quote stands alone.
 */
export function Quote({ source }: Props) {
  const { lang, t } = useI18n();
  const context = source.context;
  return (
    <figure className="quote">
      <blockquote lang="zh-CN" aria-label={t('quoteLabel')}>
        {context ? (
          <>
            {context.sentence.slice(0, context.start)}
            <mark>{context.sentence.slice(context.start, context.end)}</mark>
            {context.sentence.slice(context.end)}
          </>
        ) : (
          <>
            “<mark>{source.quote}</mark>”
          </>
        )}
      </blockquote>
      <figcaption>{sourceLabel(lang, source.section, source.item)}</figcaption>
    </figure>
  );
}
