import { isMap, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';

/**
 * The candidates of a folder `npm run extract` wrote (seed/README.md, the review block), read in
 * the browser with the server's own YAML library, and the files written back with only each
 * changed `review.status` replaced: every other byte stays as read (comments, order, quoting).
 */

export const REVIEW_STATUSES = ['candidate', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const isStatus = (value: unknown): value is ReviewStatus =>
  typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);

/** A file as the dataset names it: `reports/<folder>/<name>`, and its text. */
export interface DatasetFile {
  path: string;
  content: string;
}

export interface CandidateSource {
  section: string;
  item: number | null;
  quote: string;
}

/** One proposed entity or fact with a review block. */
export interface Candidate {
  /** Unique in the loaded files: the file, the list and the entry's place in it. */
  key: string;
  path: string;
  entry: 'entity' | 'fact';
  id: string;
  /** The entity's kind (PERSON …) or the fact's type (RECEIVED …). */
  kind: string;
  name: string | null;
  from: string | null;
  to: string | null;
  sources: CandidateSource[];
  /** The status as read from the file. */
  status: ReviewStatus;
  confidence: number | null;
  matchedBy: string | null;
  evidence: string | null;
  /** Where the status' value is written in the file's text: [start, end) in UTF-16 units. */
  statusRange: [number, number];
}

export interface ReadFile {
  candidates: Candidate[];
  /** Why (part of) the file could not be read. */
  problems: string[];
}

const FOLDER = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATASET_FILE = /\.(ya?ml|txt)$/;

/**
 * Where a file picked in the browser goes in the dataset. A folder picked whole gives paths
 * such as `review/reports/2020-s1/section-04.yaml` or `2020-s1/section-04.yaml`; files picked
 * one by one have only their name, and go to `fallbackFolder`. Null for files the dataset has no
 * place for (not .yaml, .yml or .txt).
 */
export function datasetPath(relativePath: string, fallbackFolder: string): string | null {
  const parts = relativePath.split('/').filter((part) => part !== '');
  const name = parts[parts.length - 1];
  if (!name || !DATASET_FILE.test(name)) return null;
  const reports = parts.lastIndexOf('reports');
  if (reports >= 0 && reports === parts.length - 3) return parts.slice(reports).join('/');
  const parent = parts[parts.length - 2];
  const folder = parent && FOLDER.test(parent) ? parent : fallbackFolder;
  return `reports/${folder}/${name}`;
}

/** The folder for files picked without one: the slug of the report's id (`report/2021-s1` → 2021-s1). */
export function folderOfManifest(manifest: string | undefined): string {
  if (manifest !== undefined) {
    try {
      const id = (parse(manifest) as { id?: unknown } | null)?.id;
      const slug = typeof id === 'string' ? id.replace(/^report\//, '') : '';
      if (FOLDER.test(slug)) return slug;
    } catch {
      // A broken manifest is reported by the import; the files still need a folder.
    }
  }
  return 'review';
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function sourcesOf(raw: unknown, fileSection: string): CandidateSource[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((source: unknown) => {
    const s = source as { section?: unknown; item?: unknown; quote?: unknown } | null;
    const quote = str(s?.quote);
    if (!quote) return [];
    return [{ section: str(s?.section) ?? fileSection, item: typeof s?.item === 'number' ? s.item : null, quote }];
  });
}

/** The entries of a section file that carry a review block, with where each status is written. */
export function readReviewFile(file: DatasetFile): ReadFile {
  if (!/\.ya?ml$/.test(file.path)) return { candidates: [], problems: [] };
  const doc = parseDocument(file.content);
  if (doc.errors.length > 0) return { candidates: [], problems: doc.errors.map((e) => e.message.split('\n')[0]!) };
  const root = doc.contents;
  if (!isMap(root)) return { candidates: [], problems: [] };
  const fileSection = str(root.get('section')) ?? '';
  const candidates: Candidate[] = [];
  const problems: string[] = [];
  for (const [list, entry] of [
    ['entities', 'entity'],
    ['facts', 'fact'],
  ] as const) {
    const items = root.get(list, true);
    if (!isSeq(items)) continue;
    items.items.forEach((node: unknown, index) => {
      if (!isMap(node)) return;
      const review = node.get('review', true);
      if (!isMap(review)) return;
      const statusNode = review.get('status', true) as Node | undefined;
      const raw = node.toJSON() as Record<string, unknown>;
      const rawReview = raw.review as Record<string, unknown>;
      if (!isScalar(statusNode) || !isStatus(statusNode.value) || !statusNode.range) {
        problems.push(`${list}[${index}] (${String(raw.id)}): review.status is not one of ${REVIEW_STATUSES.join(', ')}`);
        return;
      }
      candidates.push({
        key: `${file.path}#${list}[${index}]`,
        path: file.path,
        entry,
        id: String(raw.id ?? ''),
        kind: String((entry === 'entity' ? raw.kind : raw.type) ?? ''),
        name: str(raw.name),
        from: str(raw.from),
        to: str(raw.to),
        sources: sourcesOf(raw.sources, fileSection),
        status: statusNode.value,
        confidence: typeof rawReview.confidence === 'number' ? rawReview.confidence : null,
        matchedBy: str(rawReview.matchedBy),
        evidence: str(rawReview.evidence),
        statusRange: [statusNode.range[0], statusNode.range[1]],
      });
    });
  }
  return { candidates, problems };
}

/**
 * The file's text with the statuses of `decisions` (candidate key → status) written in place of
 * the ones read. Only the status words change; the rest is the text as read.
 */
export function writeStatuses(content: string, candidates: readonly Candidate[], decisions: ReadonlyMap<string, ReviewStatus>): string {
  const changes = candidates
    .filter((c) => decisions.has(c.key) && decisions.get(c.key) !== c.status)
    .sort((a, b) => b.statusRange[0] - a.statusRange[0]);
  let text = content;
  for (const c of changes) text = text.slice(0, c.statusRange[0]) + decisions.get(c.key)! + text.slice(c.statusRange[1]);
  return text;
}

export interface ReviewFilter {
  /** Entity kinds and fact types to show; empty for all. */
  kinds: readonly string[];
  status: ReviewStatus | '';
  /** Candidates below it are hidden; one without a confidence shows only at 0. */
  minConfidence: number;
}

export const NO_FILTER: ReviewFilter = { kinds: [], status: '', minConfidence: 0 };

export function matchesFilter(candidate: Candidate, status: ReviewStatus, filter: ReviewFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(candidate.kind)) return false;
  if (filter.status && status !== filter.status) return false;
  if (filter.minConfidence > 0 && (candidate.confidence ?? 0) < filter.minConfidence) return false;
  return true;
}

/** `text` cut around the first `quote`: [before, quote, after], or null when it does not occur. */
export function highlight(text: string, quote: string): [string, string, string] | null {
  const at = quote ? text.indexOf(quote) : -1;
  return at < 0 ? null : [text.slice(0, at), quote, text.slice(at + quote.length)];
}
