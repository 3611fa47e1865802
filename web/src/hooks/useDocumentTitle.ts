import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** "<page> · 学院知识图谱": each view names itself in the tab and in history. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('appTitle')}` : t('appTitle');
  }, [title, t]);
}
