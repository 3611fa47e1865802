import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

/** Error code of an operation refused because its document is not in a trusted manifest. */
export const NOT_TRUSTED_CODE = 'PERSISTED_QUERY_NOT_IN_LIST';

/** Documents by SHA-256 (hex) of their text, from client-preset manifests (`{"sha256:<hex>": "<document>"}`). */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(manifestFiles: readonly string[]): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of manifestFiles) {
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`TRUSTED_DOCUMENTS: cannot read the manifest ${file}: ${(err as Error).message}`, { cause: err });
    }
    for (const [key, document] of Object.entries(manifest)) {
      const hash = key.replace(/^sha256:/, '');
      if (!/^[0-9a-f]{64}$/.test(hash) || typeof document !== 'string') {
        throw new Error(`${file}: entry ${key.slice(0, 80)} is not a SHA-256 hash with a document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

/**
 * Apollo's persisted-query store: the trusted documents always, and, unless only those are
 * accepted, documents that clients register at run time (automatic persisted queries).
 */
export function persistedQueryCache(documents: TrustedDocuments, trustedOnly: boolean): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>({ maxSize: 5_000_000 });
  // Hashes are the whole key space of this cache, so Apollo's key prefix adds nothing.
  return PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation({
    async get(hash) {
      return documents.get(hash) ?? (trustedOnly ? undefined : registered.get(hash));
    },
    async set(hash, document) {
      if (!trustedOnly && !documents.has(hash)) await registered.set(hash, document);
    },
    async delete(hash) {
      await registered.delete(hash);
    },
  });
}

/**
 * For TRUSTED_DOCUMENTS_ONLY: refuses a request that carries a document's text unless that text
 * is in the manifests. It runs before Apollo, so an untrusted document is never parsed or
 * validated (a validation error would describe the schema), and it cannot be registered as a
 * persisted query. A request that names a hash alone is left to Apollo, whose store then holds
 * only the manifests' documents.
 */
export interface Refusal {
  message: string;
  extensions: { code: string };
}

export function untrustedDocumentRefusal(documents: TrustedDocuments): (request: unknown) => Refusal | undefined {
  return (request) => {
    const query = (request as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || documents.has(createHash('sha256').update(query).digest('hex'))) return undefined;
    return {
      message: 'This server runs only trusted documents: send the hash of a document from its manifest.',
      extensions: { code: NOT_TRUSTED_CODE },
    };
  };
}
