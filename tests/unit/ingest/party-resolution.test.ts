/**
 * A Politburo resolution (Nghị quyết …-NQ/TW) read end to end: no task table; tasks are the paragraphs and
 * bullets of the numbered "nhiệm vụ, giải pháp" groups (a group heading is a section), and each numbered
 * paragraph of "Tổ chức thực hiện" assigns a central body.
 */
import path from 'node:path';
import type { Extraction, Task } from '../../../src/ingest/model';
import { extract } from '../../../src/ingest/pipeline';
import { readSource } from '../../../src/ingest/read-source';

const load = async (name: string): Promise<Extraction> => extract(await readSource(path.join(__dirname, '../../fixtures/central', name)));
const inSection = (x: Extraction, section: string): Task[] => x.tasks.filter((t) => t.section === section);

describe('Nghị quyết 68-NQ/TW of the Bộ Chính trị (official layout, "I-" part numbers)', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await load('bo-chinh-tri-nghi-quyet-68.txt');
  });

  test('the parts "I- TÌNH HÌNH …" … "V- TỔ CHỨC THỰC HIỆN" are sections', () => {
    expect(x.sections.filter((s) => s.depth === 1).map((s) => s.path)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });
  test('no tasks from the situation, viewpoints and objectives', () => {
    expect(x.tasks.filter((t) => /^(?:I|II|III)(?:\.|$)/.test(t.section ?? ''))).toEqual([]);
  });
  test('a group heading ("1. Đổi mới tư duy …" without a full stop) is a section; each paragraph under it is a task', () => {
    const g1 = inSection(x, 'IV.1');
    expect(g1.map((t) => t.text.slice(0, 20))).toEqual(['Kiên quyết xoá bỏ tr', 'Tăng cường công tác ']);
    expect(x.tasks.some((t) => t.text.startsWith('Đổi mới tư duy'))).toBe(false);
  });
  test('bullets under a group and under "3.1. Về đất đai" are tasks', () => {
    expect(inSection(x, 'IV.2')).toHaveLength(3);
    expect(inSection(x, 'IV.3.1')).toHaveLength(2);
    expect(inSection(x, 'IV.3.2')).toHaveLength(1);
  });
  test('"Tổ chức thực hiện": the body named first leads ("Đảng đoàn Quốc hội lãnh đạo, chỉ đạo …")', () => {
    const v = inSection(x, 'V');
    expect(v.map((t) => t.lead)).toEqual([
      ['Đảng đoàn Quốc hội'],
      ['Đảng ủy Chính phủ'],
      ['Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương'],
      ['Ban Tuyên giáo và Dân vận Trung ương'],
      ['Ban Chính sách, chiến lược Trung ương'],
    ]);
  });
  test('"… chủ trì, phối hợp với A, B, C theo dõi …": A, B and C coordinate', () => {
    expect(inSection(x, 'V')[4].coordinators).toEqual(['Đảng ủy Quốc hội', 'Đảng ủy Chính phủ', 'Văn phòng Trung ương Đảng']);
  });
  test('"định kỳ 6 tháng báo cáo" is a recurring deadline; "trong tháng 5/2025" a period', () => {
    expect(inSection(x, 'V')[4].deadline).toMatchObject({ kind: 'RECURRING', recurrence: 'SEMIANNUAL' });
    expect(inSection(x, 'V')[0].deadline).toMatchObject({ kind: 'PERIOD', start: '2025-05-01', end: '2025-05-31' });
  });
  test('the closing "Nghị quyết này phổ biến đến chi bộ." is no task', () => {
    expect(x.tasks.some((t) => /phổ biến đến chi bộ/u.test(t.text))).toBe(false);
    expect(x.tasks).toHaveLength(13);
  });
  test('the assigned bodies are central agencies (no province)', () => {
    const byName = Object.fromEntries(x.agencies.map((a) => [a.name, a]));
    expect(byName['Đảng đoàn Quốc hội']).toMatchObject({ province: null, type: 'PARTY_BODY' });
    expect(byName['Ban Chính sách, chiến lược Trung ương'].province).toBeNull();
  });
});
