/**
 * Dev aid: print the tasks and indicators read from one text file (generic readers and family readers, before
 * agencies and deadlines are resolved).
 *   npx tsx scripts/dev-tasks.ts data/corpus/000_ff94fe3dc6f778e9.txt [--body|--table|--ind]
 */
import { readFileSync } from 'fs';
import { readDocumentMeta } from '../src/ingest/document';
import { readTasksAndIndicators } from '../src/ingest/pipeline';
import { readSections } from '../src/ingest/sections';
import { rawLines } from '../src/ingest/tables';

const [file, only] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/dev-tasks.ts <file> [--body|--table|--ind]');
  process.exit(1);
}
const lines = rawLines(readFileSync(file, 'utf8'));
const read = readTasksAndIndicators(lines, readDocumentMeta(lines), readSections(lines));
if (only !== '--ind') {
  const tasks = read.tasks;
  const shown = tasks.filter((t) => !only || (only === '--body' ? t.source === 'BODY' : t.source === 'TABLE'));
  for (const t of shown) {
    const i = tasks.indexOf(t);
    console.log(
      `#${i} ${t.source} ${t.section ?? ''} ${t.ordinal ?? ''} L${t.span.startLine}-${t.span.endLine}` +
        `${t.sameAsIndex !== undefined ? ` sameAs #${t.sameAsIndex}` : ''}\n  ${t.text.slice(0, 110)}\n` +
        `  lead=${JSON.stringify(t.leadRaw)} coord=${JSON.stringify(t.coordinatorsRaw)} out=${t.outputRaw ?? ''} deadline=${t.deadlineRaw ?? ''}`,
    );
  }
  const body = tasks.filter((t) => t.source === 'BODY').length;
  console.log(`tasks: ${tasks.length} (body ${body}, table ${tasks.length - body}, linked ${tasks.filter((t) => t.sameAsIndex !== undefined && t.source === 'BODY').length})`);
}
if (!only || only === '--ind') {
  const inds = read.indicators;
  for (const i of inds) {
    const parsed = i.value !== null ? `${i.comparator ?? ''}${i.value}` : i.valueMin !== null || i.valueMax !== null ? `${i.valueMin ?? ''}…${i.valueMax ?? ''}` : '';
    console.log(`${i.table ?? 'prose'} ${i.ordinal ?? ''} | ${i.name} | ${i.unit ?? ''} | ${i.target ?? ''} → ${parsed} | ${i.agencyRaw ?? ''} | ${i.period ?? ''} | ${i.group ?? ''}`);
  }
  console.log(`indicators: ${inds.length}`);
}
