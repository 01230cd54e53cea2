/**
 * A lead read outside the task's own text says where it was read (Task.leadFrom): a body bullet assigned by the
 * appendix row restating it, and a news sentence going on with the bodies of the sentence before. (The unit's
 * heading, a letter's addressees, a telegram's addressee, a body's own work and a list's lead-in are tested with
 * their readers.)
 */
import path from 'node:path';
import { extract, extractFile } from '../../../src/ingest/pipeline';

it('a body bullet that names no one, restated by an appendix row, points at that row (Hà Nội\'s plan for 59-NQ/TW)', async () => {
  const x = await extractFile(path.join(__dirname, '../../../data/corpus/000_ff94fe3dc6f778e9.txt'));
  const bullet = x.tasks.find((t) => t.source === 'BODY' && t.text.startsWith('Xây dựng, tổ chức triển khai chương trình tuyên truyền'))!;
  const row = x.tasks.find((t) => t.id === bullet.sameAs)!;
  expect(row.source).toBe('TABLE');
  expect(bullet.lead).toEqual(row.lead);
  expect(bullet.leadFrom).toEqual({ how: 'the appendix row restating the task (its lead column)', text: row.lead.join('; '), span: row.span });
  // The row names its own lead in its own columns: nothing to point at.
  expect(row.leadFrom).toBeUndefined();
});

it('a sentence going on with the bodies of the sentence before points at the sentence that names them (Ban Bí thư news)', () => {
  const text = [
    'Ban Bí thư yêu cầu các bộ, ngành, địa phương tập trung thúc đẩy phát triển sản xuất công nghiệp, xây dựng; tập trung chăm sóc tốt vụ lúa đông xuân 2024, chủ động phòng ngừa dịch bệnh trên cây trồng, vật nuôi.',
  ].join('\n');
  const x = extract({ path: 'news.txt', sha256: 'n', format: 'TEXT', text });
  const [first, second] = x.tasks;
  expect(first.lead).toEqual(second.lead);
  expect(first.leadFrom).toBeUndefined();
  expect(second.leadFrom).toMatchObject({ how: 'the sentence before, which names the body', span: first.span });
  expect(text.slice(first.span.startOffset, first.span.endOffset)).toContain('các bộ, ngành, địa phương');
});
