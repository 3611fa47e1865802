import { useState } from 'react';
import { ApiError, execute } from '../api/client';
import type { ExplorerImportDatasetMutation } from '../gql/graphql';
import { useI18n } from '../i18n';
import type { DatasetFile } from '../lib/review';
import { ExplorerImportDataset } from '../pages/importQuery';

type Summary = ExplorerImportDatasetMutation['importDataset'];

const COUNTS = [
  ['created', 'importCreated'],
  ['updated', 'importUpdated'],
  ['unchanged', 'importUnchanged'],
  ['kept', 'importKept'],
  ['overwritten', 'importOverwritten'],
] as const;

/**
 * The import of the reviewed files through `importDataset`, with a token the curator pastes (kept
 * only in this component's state, sent only with this call). Shows the summary, or every problem
 * the server found in the dataset.
 */
export function ReviewImport({ files }: { files: () => DatasetFile[] }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary>();
  const [failure, setFailure] = useState<{ message: string; problems: readonly string[] }>();

  const run = async () => {
    setBusy(true);
    setSummary(undefined);
    setFailure(undefined);
    try {
      const result = await execute(ExplorerImportDataset, { files: files() }, { token: token.trim() });
      setSummary(result.importDataset);
    } catch (e) {
      setFailure({ message: e instanceof Error ? e.message : String(e), problems: e instanceof ApiError ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="review-import-title" className="review-import">
      <h2 id="review-import-title">{t('reviewImportTitle')}</h2>
      <p className="hint">{t('reviewImportHint')}</p>
      <form
        className="actions"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label className="field">
          {t('reviewToken')}
          <input type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || token.trim() === ''}>
          {busy ? t('reviewImporting') : t('reviewImport')}
        </button>
      </form>
      {summary && (
        <div role="status" data-testid="import-summary">
          <p>{t('reviewImported', { reports: summary.reports.join(', ') })}</p>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col" />
                {COUNTS.map(([field, label]) => (
                  <th scope="col" key={field}>
                    {t(label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(['entities', 'facts'] as const).map((entry) => (
                <tr key={entry} data-entry={entry}>
                  <th scope="row">{t(entry === 'entities' ? 'colEntities' : 'colFacts')}</th>
                  {COUNTS.map(([field]) => (
                    <td key={field} className="num" data-field={field}>
                      {summary[entry][field]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {summary.kept.length > 0 && (
            <p>
              {t('importKept')}: {summary.kept.map((k) => k.id).join(', ')}
            </p>
          )}
          <p className="hint">{t('importDigest', { digest: summary.digest })}</p>
        </div>
      )}
      {failure && (
        <div role="alert" className="status error" data-testid="import-problems">
          <p>{t('reviewImportFailed', { message: failure.message })}</p>
          {failure.problems.length > 0 && (
            <details open>
              <summary>{t('reviewProblems', { count: failure.problems.length })}</summary>
              <ul>
                {failure.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
