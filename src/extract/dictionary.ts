import { loadDataset, type DatasetEntity } from '../seed/dataset';
import { looseNameKey, nameKey } from '../model/names';
import type { EntityKind } from '../model/vocabulary';

/** A known entity a name in the new report was matched with, and whether by its name or an alias. */
export interface KnownMatch {
  entity: DatasetEntity;
  matchedBy: 'name' | 'alias';
}

/**
 * The entities the graph already knows, from dataset folders (other reports, or the seed): the
 * extractor links a name it finds to one of them instead of proposing a new entity. Names are
 * compared by the same keys lookup uses (model/names.ts); competitions and events also by the
 * loose key that sets editions and years aside.
 */
export class Dictionary {
  private readonly byKey = new Map<string, KnownMatch>();
  private readonly byLooseKey = new Map<string, KnownMatch>();
  readonly entities: DatasetEntity[] = [];

  static fromFolders(folders: string[]): Dictionary {
    const dictionary = new Dictionary();
    for (const folder of folders) dictionary.add(loadDataset(folder).entities);
    return dictionary;
  }

  add(entities: DatasetEntity[]): void {
    for (const entity of entities) {
      this.entities.push(entity);
      const names: [string, 'name' | 'alias'][] = [[entity.name, 'name'], ...entity.aliases.map((a): [string, 'alias'] => [a, 'alias'])];
      for (const [name, matchedBy] of names) {
        const key = nameKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, { entity, matchedBy });
        const loose = looseNameKey(name);
        if (loose && !this.byLooseKey.has(loose)) this.byLooseKey.set(loose, { entity, matchedBy });
      }
    }
  }

  /** The known entity of one of these kinds a name stands for, or null. */
  lookup(name: string, kinds: readonly EntityKind[], loose = false): KnownMatch | null {
    const exact = this.byKey.get(nameKey(name));
    if (exact && kinds.includes(exact.entity.kind)) return exact;
    if (!loose) return null;
    const key = looseNameKey(name);
    const match = key ? this.byLooseKey.get(key) : undefined;
    return match && kinds.includes(match.entity.kind) ? match : null;
  }

  /** Every name and alias of the known entities of a kind (people's names go into the segmenter). */
  namesOf(kind: EntityKind): string[] {
    return this.entities.filter((e) => e.kind === kind).flatMap((e) => [e.name, ...e.aliases]);
  }
}
