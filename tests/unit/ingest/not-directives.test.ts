/**
 * The gate's other side: real news pages that name Party and State bodies, resolutions and "văn bản chỉ đạo" but in
 * which no body directs anyone and no document is issued or restated (tests/fixtures/copies/not-directives: a Party
 * committee's meetings, officials transferred, a review conference). The signs read from news prose (a body directing,
 * the document speaking, a body issuing it) must not make the gate take any news article for a directive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/ingest/pipeline';

const dir = path.join(__dirname, '../../fixtures/copies/not-directives');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));

test('the folder holds the pages', () => {
  expect(pages.length).toBeGreaterThanOrEqual(4);
});

test.each(pages)('%s is rejected as no directive, saying what was looked for', (file) => {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  expect(() => extract({ path: file, text, sha256: '0'.repeat(64), format: 'TEXT' })).toThrow(/not a directive document: .*directing others/);
});
