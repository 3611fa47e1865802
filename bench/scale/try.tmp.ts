import { loadDataset } from '../../src/seed/dataset';
import { itemKey } from '../../src/seed/corpus';
import { generateReports } from './generate';
import { profileOf } from './profile';
import { Shape, shapeTable } from './shape';
const seed = loadDataset('seed');
const profile = profileOf(seed);
const nodes = Number(process.argv[2] ?? 10000);
const t = Date.now();
const shape = new Shape();
let bad = 0;
let textChars = 0;
for (const b of generateReports({ nodes, relsPerNode: 5, seed: 1, profile })) {
  shape.add(b.entities, b.facts);
  textChars += b.report.corpus.text.length;
  for (const x of [...b.entities, ...b.facts])
    for (const s of x.sources) {
      const scope = s.item === null ? b.report.corpus.sectionText.get(s.section) : b.report.corpus.itemText.get(itemKey(s.section, s.item));
      if (!scope?.includes(s.quote)) bad++;
    }
}
console.log('ms', Date.now() - t, 'bad', bad, 'text chars', textChars, 'heap MB', Math.round(process.memoryUsage().heapUsed / 1e6));
console.log(shapeTable(['seed', new Shape().add(seed.entities, seed.facts)], [`synthetic ${nodes}`, shape]));
