import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import { parseCorpus, type Corpus } from '../../../src/model/reportText';
import { ReviewCandidate, statusLabelKey } from '../components/ReviewCandidate';
import { ReviewImport } from '../components/ReviewImport';
import { downloadText } from '../download';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useI18n } from '../i18n';
import { ENTITY_KINDS, isOneOf } from '../lib/enums';
import { kindLabel } from '../lib/i18n';
import {
  datasetPath,
  folderOfManifest,
  matchesFilter,
  NO_FILTER,
  readReviewFile,
  REVIEW_STATUSES,
  writeStatuses,
  type Candidate,
  type DatasetFile,
  type ReviewFilter,
  type ReviewStatus,
} from '../lib/review';

interface Loaded {
  files: DatasetFile[];
  candidates: Candidate[];
  /** Candidates by file path, for writing each file back. */
  byPath: Map<string, Candidate[]>;
  corpora: Map<string, Corpus>;
  names: Map<string, string>;
  problems: string[];
}

const CONFIDENCES = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

const folderOf = (path: string) => path.split('/')[1] ?? '';
const baseName = (path: string) => path.split('/').pop() ?? path;

/** Reads the picked files as text, keeping a byte-order mark if a file has one (so it is written back). */
async function readPicked(list: FileList): Promise<Loaded> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const picked = await Promise.all(
    [...list].map(async (file) => ({ relative: file.webkitRelativePath || file.name, content: decoder.decode(await file.arrayBuffer()) })),
  );
  const fallback = folderOfManifest(picked.find((p) => baseName(p.relative) === 'report.yaml')?.content);
  const files: DatasetFile[] = [];
  for (const p of picked) {
    const path = datasetPath(p.relative, fallback);
    if (path) files.push({ path, content: p.content });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const candidates: Candidate[] = [];
  const byPath = new Map<string, Candidate[]>();
  const problems: string[] = [];
  const corpora = new Map<string, Corpus>();
  for (const file of files) {
    if (baseName(file.path) === 'report.txt') {
      try {
        corpora.set(folderOf(file.path), parseCorpus(file.content));
      } catch (e) {
        problems.push(`${file.path}: ${(e as Error).message}`);
      }
      continue;
    }
    const read = readReviewFile(file);
    candidates.push(...read.candidates);
    byPath.set(file.path, read.candidates);
    problems.push(...read.problems.map((problem) => `${file.path}: ${problem}`));
  }
  const names = new Map(candidates.filter((c) => c.entry === 'entity' && c.name).map((c) => [c.id, c.name!]));
  return { files, candidates, byPath, corpora, names, problems };
}

/**
 * The curator's review of a folder `npm run extract` wrote: open its files, decide each
 * candidate (one by one or every one the filters show), then download the changed files or
 * import them. Nothing leaves the browser except the import's request.
 */
export default function ReviewPage() {
  const { lang, t } = useI18n();
  useDocumentTitle(t('reviewTitle'));
  const [loaded, setLoaded] = useState<Loaded>();
  const [decisions, setDecisions] = useState<ReadonlyMap<string, ReviewStatus>>(new Map());
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = event.target.files;
    if (!list || list.length === 0) return;
    setLoaded(await readPicked(list));
    setDecisions(new Map());
    setFilter(NO_FILTER);
  };

  const statusOf = useCallback((c: Candidate) => decisions.get(c.key) ?? c.status, [decisions]);
  const decide = useCallback((key: string, status: ReviewStatus) => setDecisions((d) => new Map(d).set(key, status)), []);

  const candidates = useMemo(() => loaded?.candidates ?? [], [loaded]);
  const shown = useMemo(() => candidates.filter((c) => matchesFilter(c, statusOf(c), filter)), [candidates, statusOf, filter]);
  const kinds = useMemo(() => [...new Set(candidates.map((c) => c.kind))], [candidates]);
  const counts = useMemo(() => {
    const result: Record<ReviewStatus, number> = { candidate: 0, accepted: 0, rejected: 0 };
    for (const c of candidates) result[statusOf(c)]++;
    return result;
  }, [candidates, statusOf]);

  const written = useCallback(
    (): DatasetFile[] =>
      (loaded?.files ?? []).map((f) => ({ path: f.path, content: writeStatuses(f.content, loaded?.byPath.get(f.path) ?? [], decisions) })),
    [loaded, decisions],
  );
  const changed = useMemo(() => {
    const originals = new Map((loaded?.files ?? []).map((f) => [f.path, f.content]));
    return written().filter((f) => originals.get(f.path) !== f.content);
  }, [loaded, written]);

  const decideShown = (status: ReviewStatus) =>
    setDecisions((d) => {
      const next = new Map(d);
      for (const c of shown) next.set(c.key, status);
      return next;
    });
  const download = (file: DatasetFile) => downloadText(baseName(file.path), file.content, 'application/yaml;charset=utf-8');

  return (
    <div className="page review-page">
      <h1>{t('reviewTitle')}</h1>
      <p className="hint">{t('reviewHint')}</p>
      <div className="actions">
        <label className="button secondary file-button">
          {t('reviewOpenFolder')}
          {/* webkitdirectory is not in React's typings; every current browser supports it. */}
          <input type="file" className="visually-hidden" multiple onChange={open} {...{ webkitdirectory: '' }} />
        </label>
        <label className="button secondary file-button">
          {t('reviewOpenFiles')}
          <input type="file" className="visually-hidden" multiple accept=".yaml,.yml,.txt" onChange={open} />
        </label>
      </div>
      {loaded && (
        <>
          <p role="status" data-testid="review-loaded">
            {t('reviewLoaded', {
              files: loaded.files.length,
              candidates: candidates.length,
              entities: candidates.filter((c) => c.entry === 'entity').length,
              facts: candidates.filter((c) => c.entry === 'fact').length,
            })}
          </p>
          {loaded.problems.length > 0 && (
            <ul className="status error" role="alert">
              {loaded.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
          {candidates.length === 0 && <p>{t('reviewNoCandidates')}</p>}
        </>
      )}
      {candidates.length > 0 && (
        <>
          <div className="filters" role="search">
            <div className="field">
              <label htmlFor="review-kind">{t('reviewFilterKind')}</label>
              <select
                id="review-kind"
                value={filter.kinds[0] ?? ''}
                onChange={(e) => setFilter({ ...filter, kinds: e.target.value ? [e.target.value] : [] })}
              >
                <option value="">{t('filterAny')}</option>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {isOneOf(ENTITY_KINDS, kind) ? kindLabel(lang, kind) : kind}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="review-status">{t('reviewFilterStatus')}</label>
              <select
                id="review-status"
                value={filter.status}
                onChange={(e) => setFilter({ ...filter, status: e.target.value as ReviewStatus | '' })}
              >
                <option value="">{t('filterAny')}</option>
                {REVIEW_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(statusLabelKey(status))}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="review-confidence">{t('reviewFilterConfidence')}</label>
              <select
                id="review-confidence"
                value={filter.minConfidence}
                onChange={(e) => setFilter({ ...filter, minConfidence: Number(e.target.value) })}
              >
                {CONFIDENCES.map((value) => (
                  <option key={value} value={value}>
                    {value === 0 ? t('filterAny') : value}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p data-testid="review-counts">
            {t('reviewShown', { shown: shown.length, total: candidates.length })} · {t('reviewCounts', counts)}
          </p>
          <div className="actions">
            <button type="button" className="secondary" disabled={shown.length === 0} onClick={() => decideShown('accepted')}>
              {t('reviewAcceptShown')}
            </button>
            <button type="button" className="secondary" disabled={shown.length === 0} onClick={() => decideShown('rejected')}>
              {t('reviewRejectShown')}
            </button>
            <button type="button" className="secondary" disabled={shown.length === 0} onClick={() => decideShown('candidate')}>
              {t('reviewResetShown')}
            </button>
          </div>
          <ul className="review-list">
            {shown.map((c) => (
              <ReviewCandidate
                key={c.key}
                candidate={c}
                status={statusOf(c)}
                corpus={loaded?.corpora.get(folderOf(c.path))}
                names={loaded!.names}
                onDecide={decide}
              />
            ))}
          </ul>
          <section aria-labelledby="review-download-title">
            <h2 id="review-download-title">{t('reviewDownloadTitle')}</h2>
            <p className="hint">{t('reviewDownloadHint')}</p>
            {changed.length === 0 ? (
              <p>{t('reviewNothingChanged')}</p>
            ) : (
              <div className="actions">
                <button type="button" onClick={() => changed.forEach(download)}>
                  {t('reviewDownloadChanged', { count: changed.length })}
                </button>
                {changed.map((file) => (
                  <button key={file.path} type="button" className="secondary" onClick={() => download(file)}>
                    {t('reviewDownloadFile', { name: baseName(file.path) })}
                  </button>
                ))}
              </div>
            )}
          </section>
          <ReviewImport files={written} />
        </>
      )}
    </div>
  );
}
