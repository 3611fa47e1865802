import fs from 'node:fs';
import { extractReport } from './src/extract/extract';
import { Dictionary } from './src/extract/dictionary';
const x = extractReport(fs.readFileSync('seed/reports/2020-s1/report.txt', 'utf8'), { reportId: 'report/x', dictionary: new Dictionary() });
const name = (id: string) => String(x.entities.get(id)?.fields.name);
for (const f of x.facts) console.log(f.type, f.section, f.sources[0]!.item, name(f.from), '->', name(f.to), f.review.confidence, '|', f.sources[0]!.quote.slice(0, 50));
console.log(x.entities.size, x.facts.length);
