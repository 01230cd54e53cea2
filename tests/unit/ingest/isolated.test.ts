/**
 * Isolated, bounded extraction (issue 8, "what to build" 3): each file in a worker under MAX_DOCUMENT_BYTES,
 * MAX_EXTRACT_MS and a heap cap; a corrupt, oversized, slow or memory-hungry file fails alone, naming the
 * file, and the same pool goes on with the next file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExtractionPool, extractLimits } from '../../../src/ingest/isolated';
import { extractFile } from '../../../src/ingest/pipeline';

const GOOD = path.resolve(__dirname, '../../../data/corpus/002_6c287b3e803201b8.txt');
const PDF = path.resolve(__dirname, '../../fixtures/binary/plan.pdf');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isolated-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const limits = (over: Record<string, string> = {}) => extractLimits({ MAX_EXTRACT_MEMORY_MB: '256', ...over });

describe('ExtractionPool', () => {
  it('extracts a file as the pipeline does in-process', async () => {
    const pool = new ExtractionPool(limits());
    try {
      expect(await pool.extract(GOOD)).toEqual(await extractFile(GOOD));
    } finally {
      await pool.close();
    }
  });

  it('a corrupt PDF (object headers changed) fails naming the file, and the next file still extracts', async () => {
    const corrupt = path.join(tmp, 'corrupt.pdf');
    fs.writeFileSync(corrupt, Buffer.from(fs.readFileSync(PDF).toString('latin1').replace('2 0 obj', '2 0 xbj').replace('4 0 obj', '4 1 obj'), 'latin1'));
    const pool = new ExtractionPool(limits());
    try {
      await expect(pool.extract(corrupt)).rejects.toThrow(new RegExp(`^${corrupt.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      expect((await pool.extract(GOOD)).tasks.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('refuses a file larger than MAX_DOCUMENT_BYTES before reading it', async () => {
    const pool = new ExtractionPool(limits({ MAX_DOCUMENT_BYTES: '1000' }));
    try {
      await expect(pool.extract(GOOD)).rejects.toThrow(/002_6c287b3e803201b8\.txt: \d+ bytes, more than MAX_DOCUMENT_BYTES \(1000\)/);
    } finally {
      await pool.close();
    }
  });

  it('stops an extraction past MAX_EXTRACT_MS, then serves the next file with a fresh worker', async () => {
    const pool = new ExtractionPool(limits({ MAX_EXTRACT_MS: '1' }));
    try {
      await expect(pool.extract(GOOD)).rejects.toThrow(/longer than MAX_EXTRACT_MS \(1 ms\)/);
      await expect(pool.extract(GOOD)).rejects.toThrow(/longer than MAX_EXTRACT_MS/);
    } finally {
      await pool.close();
    }
  });

  it('a file that needs more heap than MAX_EXTRACT_MEMORY_MB fails alone; this process is untouched', async () => {
    // One 6 MB line: the per-character clean-up holds objects for every character.
    const huge = path.join(tmp, 'one-line.txt');
    fs.writeFileSync(huge, `KẾ HOẠCH ${'Sở Công Thương triển khai nhiệm vụ; '.repeat(170_000)}`);
    const pool = new ExtractionPool(limits({ MAX_EXTRACT_MEMORY_MB: '64', MAX_EXTRACT_MS: '60000' }));
    try {
      await expect(pool.extract(huge)).rejects.toThrow(/one-line\.txt: (ran out of memory \(more than MAX_EXTRACT_MEMORY_MB = 64 MB\)|extraction took longer)/);
      expect((await pool.extract(GOOD)).tasks.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });
});
