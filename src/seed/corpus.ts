import { createHash } from 'node:crypto';

export { itemKey, parseCorpus, type Corpus } from '../model/reportText';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
