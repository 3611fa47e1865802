import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound'));
  return (
    <div className="page">
      <h1>{t('notFound')}</h1>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
