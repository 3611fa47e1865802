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

/**
 * The college is a party to most facts of its own report, so most short paths run through it;
 * leaving it out shows how two entities are connected otherwise.
 */
const COLLEGE = 'org/college';

export function PathPage({ from, to, avoid }: { from: string; to: string; avoid: string[] }) {
  const { t } = useI18n();
  useDocumentTitle(t('pathTitle'));
  const ready = from !== '' && to !== '';
  const { data, error, loading, reload } = useQuery(ExplorerConnections, ready ? { from, to, maxHops: MAX_HOPS, avoid } : null);
  const avoidsCollege = avoid.includes(COLLEGE);
  const withCollegeAvoided = (on: boolean) => (on ? [...avoid, COLLEGE] : avoid.filter((id) => id !== COLLEGE));
  const paths = data?.connections ?? [];
  return (
    <div className="page path-page">
      <h1>{t('pathTitle')}</h1>
      <div className="pickers">
        <EntityPicker label={t('pathFrom')} value={from} onChange={(id) => navigate(pathHref(id, to, avoid))} testId="path-from" />
        <EntityPicker label={t('pathTo')} value={to} onChange={(id) => navigate(pathHref(from, id, avoid))} testId="path-to" />
      </div>
      <label className="avoid-college">
        <input
          type="checkbox"
          checked={avoidsCollege}
          onChange={(event) => navigate(pathHref(from, to, withCollegeAvoided(event.target.checked)))}
          data-testid="path-avoid-college"
        />
        {t('pathAvoidCollege')}
      </label>
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
