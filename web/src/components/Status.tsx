import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status error" role="alert">
      <p>{t('error', { message: error.message })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
