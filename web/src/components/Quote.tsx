import { useI18n } from '../i18n';
import { sourceLabel } from '../lib/i18n';

interface Props {
  source: { section: string; item?: number | null; quote: string };
}

/**
 * A fact's source. The API gives the verbatim fragment but not the sentence around it (there is
 * no such field), so the fragment itself is shown highlighted, with its section and item.
 */
export function Quote({ source }: Props) {
  const { lang, t } = useI18n();
  return (
    <figure className="quote">
      <blockquote lang="zh-CN" aria-label={t('quoteLabel')}>
        “<mark>{source.quote}</mark>”
      </blockquote>
      <figcaption>{sourceLabel(lang, source.section, source.item)}</figcaption>
    </figure>
  );
}
