/**
 * The explorer's history-API routes. Entity ids contain a slash (`person/yang-zhenhua`), so an
 * id is the rest of the path after the view's prefix, each segment URL-encoded.
 */
export type Route =
  | { view: 'search'; query: string }
  | { view: 'entity'; id: string }
  | { view: 'graph'; id: string }
  | { view: 'path'; from: string; to: string; avoid: string[] }
  | { view: 'awards'; search: string }
  | { view: 'dashboard' }
  | { view: 'series'; key: string }
  | { view: 'review' }
  | { view: 'notFound'; path: string };

const ID_PATTERN = /^[a-z]+\/[^/]+$/;

function decodeId(rest: string): string | undefined {
  try {
    const id = rest.split('/').map(decodeURIComponent).join('/');
    return ID_PATTERN.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export function encodeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(search);
  if (path === '/' || path === '/search') return { view: 'search', query: params.get('q') ?? '' };
  if (path === '/awards') return { view: 'awards', search };
  if (path === '/dashboard') return { view: 'dashboard' };
  if (path === '/series') return { view: 'series', key: params.get('key') ?? '' };
  if (path === '/review') return { view: 'review' };
  if (path === '/path') return { view: 'path', from: params.get('from') ?? '', to: params.get('to') ?? '', avoid: params.getAll('avoid') };
  for (const view of ['entity', 'graph'] as const) {
    const prefix = `/${view}/`;
    if (path.startsWith(prefix)) {
      const id = decodeId(path.slice(prefix.length));
      if (id) return { view, id };
    }
  }
  return { view: 'notFound', path };
}

export const entityHref = (id: string) => `/entity/${encodeId(id)}`;
export const graphHref = (id: string) => `/graph/${encodeId(id)}`;
export const searchHref = (query: string) => (query ? `/search?${new URLSearchParams({ q: query })}` : '/');

/** The path finder; `avoid` lists entities the paths may not pass through. */
export function pathHref(from: string, to: string, avoid: readonly string[] = []): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  for (const id of avoid) params.append('avoid', id);
  const text = params.toString();
  return text ? `/path?${text}` : '/path';
}

export const awardsHref = (query: string) => `/awards${query}`;

/** The metric series page, showing the series `key` (the first one when empty). */
export const seriesHref = (key: string) => (key ? `/series?${new URLSearchParams({ key })}` : '/series');

/** The server's CSV of the series (`/series.csv`, every series or only `keys`). */
export function seriesCsvHref(keys: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of keys) params.append('key', key);
  const text = params.toString();
  return text ? `/series.csv?${text}` : '/series.csv';
}
