import { EntityPicker } from '../components/EntityPicker';
import { PathList } from '../components/PathList';
import { ErrorMessage, Loading } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { pathHref } from '../lib/routes';
import { navigate } from '../router';
import { ExplorerConnections } from './pathQuery';

const MAX_HOPS = 4;

export function PathPage({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('pathTitle'));
  const ready = from !== '' && to !== '';
  const { data, error, loading, reload } = useQuery(ExplorerConnections, ready ? { from, to, maxHops: MAX_HOPS } : null);
  const paths = data?.connections ?? [];
  return (
    <div className="page path-page">
      <h1>{t('pathTitle')}</h1>
      <div className="pickers">
        <EntityPicker label={t('pathFrom')} value={from} onChange={(id) => navigate(pathHref(id, to))} testId="path-from" />
        <EntityPicker label={t('pathTo')} value={to} onChange={(id) => navigate(pathHref(from, id))} testId="path-to" />
      </div>
      {!ready && <p className="status">{t('pathPick')}</p>}
      {ready && loading && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {ready && data && paths.length === 0 && <p className="status">{t('pathNone', { hops: MAX_HOPS })}</p>}
      {paths.length > 0 && (
        <>
          <p className="status" role="status" data-testid="path-count">
            {t('pathCount', { count: paths.length, length: paths[0]!.length })}
          </p>
          <ol className="paths">
            {paths.map((path, i) => (
              <PathList key={i} path={path} index={i} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
