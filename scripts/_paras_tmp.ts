import { readFileSync } from 'fs';
import { rawLines } from '../src/ingest/tables';
const [file, from, to] = process.argv.slice(2);
const lines = rawLines(readFileSync(file, 'utf8')).filter((l) => l.text.trim() && l.line >= Number(from) && l.line <= Number(to));
for (let i = 0; i + 1 < lines.length; i++) {
  const a = lines[i].text.trimEnd(), b = lines[i + 1].text;
  if (/[.;:]["”)]?$/.test(a) && /^\s*\p{Lu}/u.test(b)) console.log(`${String(a.length).padStart(3)} ${lines[i].line}: …${a.slice(-50)}  ||  ${b.slice(0, 40)}`);
}
