/**
 * Per-unit assignment blocks of central plans: a heading names the unit ("a) Tổ đảng ở …", "Nhiệm vụ của Ban
 * cán sự đảng Bộ …", "**2. Bộ Tài chính**") and the bullets below, naming no agency, are its tasks.
 */
import path from 'node:path';
import type { Extraction, Task } from '../../../src/ingest/model';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readSource } from '../../../src/ingest/read-source';
import { assignmentUnder, unitOfHeading } from '../../../src/ingest/unit-blocks';

const load = async (name: string): Promise<Extraction> => extract(await readSource(path.join(__dirname, '../../fixtures/central', name)));
const fromText = (lines: string[]) => extract({ path: 'plan.txt', text: lines.join('\n'), sha256: 'x', format: 'TEXT' });
const leads = (tasks: Task[]) => tasks.map((t) => [t.text.slice(0, 24), t.lead, t.coordinators]);

describe('a heading that names a unit', () => {
  test.each([
    ['Tổ đảng ở Ủy ban Kinh tế và Tài chính', 'Tổ đảng ở Ủy ban Kinh tế và Tài chính'],
    ['Nhiệm vụ của Ban cán sự đảng Bộ Tài chính', 'Ban cán sự đảng Bộ Tài chính'],
    ['Đối với Bộ Khoa học và Công nghệ:', 'Bộ Khoa học và Công nghệ'],
    ['Bộ Tài chính', 'Bộ Tài chính'],
    ['Đảng ủy cơ quan Văn phòng Quốc hội', 'Đảng ủy cơ quan Văn phòng Quốc hội'],
  ])('"%s" names %s', (heading, unit) => {
    expect(unitOfHeading(heading)?.unit).toBe(unit);
  });
  test.each([
    'Bộ Tài chính chủ trì, phối hợp với các bộ rà soát chính sách thuế',
    'Nhiệm vụ chung',
    'Hoàn thiện thể chế, chính sách',
    'Lãnh đạo, chỉ đạo công tác tuyên truyền',
    'Về đất đai',
  ])('"%s" is a task or a topic, not a unit heading', (heading) => {
    expect(unitOfHeading(heading)).toBeNull();
  });
});

describe('a bullet under a unit', () => {
  test('"Chủ trì …" keeps the unit as lead', () => {
    expect(assignmentUnder('Bộ Tài chính', 'Chủ trì xây dựng Đề án hỗ trợ doanh nghiệp nhỏ và vừa.')).toEqual({ lead: ['Bộ Tài chính'], coordinators: [], underUnit: true });
  });
  test('"Phối hợp với X …" and "Chủ trì, phối hợp với X …": the unit leads, X coordinates', () => {
    expect(assignmentUnder('Cục Thuế', 'Phối hợp với Vụ Chính sách thuế hướng dẫn thực hiện chính sách thuế mới.')).toEqual({ lead: ['Cục Thuế'], coordinators: ['Vụ Chính sách thuế'], underUnit: true });
    expect(assignmentUnder('Vụ Chính sách thuế', 'Chủ trì, phối hợp với Cục Thuế, Vụ Pháp chế nghiên cứu sửa đổi Luật Thuế.')).toEqual({ lead: ['Vụ Chính sách thuế'], coordinators: ['Cục Thuế', 'Vụ Pháp chế'], underUnit: true });
  });
  test('a bullet that names its own lead ("Ban Công tác đại biểu chủ trì …", "Văn phòng Quốc hội: …") is led by it', () => {
    expect(assignmentUnder('Đảng ủy cơ quan Văn phòng Quốc hội', 'Ban Công tác đại biểu chủ trì tổ chức bồi dưỡng kỹ năng số.').lead).toEqual(['Ban Công tác đại biểu']);
    expect(assignmentUnder('Đảng ủy Chính phủ', 'Văn phòng Chính phủ: bảo đảm hạ tầng phục vụ họp trực tuyến.').lead).toEqual(['Văn phòng Chính phủ']);
  });
  test('"Lãnh đạo, chỉ đạo …", "Lãnh đạo Văn phòng Quốc hội xây dựng …" is what the unit does: the unit leads', () => {
    expect(assignmentUnder('Tổ đảng ở Ủy ban Kinh tế và Tài chính', 'Lãnh đạo, chỉ đạo việc xem xét cơ chế tài chính đặc thù.').lead).toEqual(['Tổ đảng ở Ủy ban Kinh tế và Tài chính']);
    expect(assignmentUnder('Đảng ủy cơ quan Văn phòng Quốc hội', 'Lãnh đạo Văn phòng Quốc hội xây dựng Đề án chuyển đổi số.').lead).toEqual(['Đảng ủy cơ quan Văn phòng Quốc hội']);
  });
});

describe('blocks in a document', () => {
  test('lettered unit headings under "2. Nhiệm vụ cụ thể" of a part "II. NHIỆM VỤ CỤ THỂ"', () => {
    const x = fromText([
      'KẾ HOẠCH', 'thực hiện Nghị quyết số 57-NQ/TW', 'II. NHIỆM VỤ CỤ THỂ', '1. Nhiệm vụ chung', '- Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.',
      '2. Nhiệm vụ cụ thể', 'a) Tổ đảng ở Hội đồng Dân tộc', '- Chủ trì giám sát việc thực hiện chính sách đối với vùng đồng bào dân tộc thiểu số.',
      'b) Tổ đảng ở Ủy ban Văn hóa và Xã hội', '- Phối hợp với Tổ đảng ở Hội đồng Dân tộc thẩm tra dự án luật về văn hóa.',
    ]);
    expect(leads(x.tasks)).toEqual([
      ['Tổ chức quán triệt Nghị ', [], []],
      ['Chủ trì giám sát việc th', ['Tổ đảng ở Hội đồng Dân tộc'], []],
      ['Phối hợp với Tổ đảng ở H', ['Tổ đảng ở Ủy ban Văn hóa và Xã hội'], ['Tổ đảng ở Hội đồng Dân tộc']],
    ]);
  });
  test('"Nhiệm vụ của …" headings, bullets and "+" items under a lead-in', () => {
    const x = fromText([
      'KẾ HOẠCH', 'thực hiện Nghị quyết số 68-NQ/TW', 'III. PHÂN CÔNG NHIỆM VỤ', '1. Nhiệm vụ của Ban cán sự đảng Bộ Công Thương',
      '- Lãnh đạo xây dựng chương trình xúc tiến thương mại cho doanh nghiệp tư nhân, hoàn thành trong năm 2025.',
      '- Tập trung các nội dung sau:', '+ Hỗ trợ doanh nghiệp tư nhân tham gia chuỗi cung ứng toàn cầu.', '+ Phát triển thương mại điện tử ở nông thôn.',
      '2. Nhiệm vụ của Đảng ủy Bộ Tài chính', '- Hướng dẫn cơ chế tài chính hỗ trợ doanh nghiệp nhỏ và vừa.',
    ]);
    expect(x.tasks.map((t) => [t.ordinal, t.lead[0]])).toEqual([
      ['-1', 'Ban cán sự đảng Bộ Công Thương'], ['+1', 'Ban cán sự đảng Bộ Công Thương'], ['+2', 'Ban cán sự đảng Bộ Công Thương'], ['-1', 'Đảng ủy Bộ Tài chính'],
    ]);
    expect(x.tasks[0].deadline).toMatchObject({ kind: 'PERIOD', end: '2025-12-31' });
  });
  test('a bullet led by its heading\'s unit says so (the heading, its span); a bullet naming its own lead does not', () => {
    const text = ['KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Bộ Tài chính', '- Chủ trì rà soát các khoản phí, lệ phí đối với hộ kinh doanh.', '- Văn phòng Chính phủ: bảo đảm hạ tầng phục vụ họp trực tuyến.'].join('\n');
    const x = extract({ path: 'p.txt', text, sha256: 'y', format: 'TEXT' });
    expect(x.tasks[0].leadFrom).toMatchObject({ how: "the heading of the unit's block", text: '1. Bộ Tài chính', span: { startLine: 3, endLine: 3 } });
    expect(text.slice(x.tasks[0].leadFrom!.span.startOffset, x.tasks[0].leadFrom!.span.endOffset)).toBe('1. Bộ Tài chính');
    expect(x.tasks[1].lead).toEqual(['Văn phòng Chính phủ']);
    expect(x.tasks[1].leadFrom).toBeUndefined();
  });
  test('the tasks keep their spans on the bullets', () => {
    const text = ['KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Bộ Tài chính', '- Chủ trì rà soát các khoản phí, lệ phí đối với hộ kinh doanh.'].join('\n');
    const x = extract({ path: 'p.txt', text, sha256: 'y', format: 'TEXT' });
    expect(x.tasks[0].span).toMatchObject({ startLine: 4, endLine: 4 });
    expect(normalise(text).lines[3].text.startsWith('- Chủ trì')).toBe(true);
  });
});

describe('fixtures', () => {
  test('Đảng đoàn Quốc hội plan: the bullets of "a) Tổ đảng ở …", "c) Đảng ủy cơ quan Văn phòng Quốc hội" are led by them', async () => {
    const x = await load('dang-doan-quoc-hoi-ke-hoach-57.txt');
    const byOrdinal = (section: string) => x.tasks.filter((t) => t.section === section).map((t) => [t.ordinal, t.lead, t.coordinators]);
    expect(byOrdinal('II.2.a')).toEqual([
      ['-1', ['Tổ đảng ở Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội'], []],
      ['-2', ['Tổ đảng ở Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội'], ['Tổ đảng ở Ủy ban Pháp luật và Tư pháp']],
    ]);
    expect(byOrdinal('II.2.c').map((t) => t[1])).toEqual([['Đảng ủy cơ quan Văn phòng Quốc hội'], ['Đảng ủy cơ quan Văn phòng Quốc hội'], ['Ban Công tác đại biểu']]);
    expect(x.tasks).toHaveLength(11);
    expect(x.tasks.filter((t) => t.lead.length === 0)).toHaveLength(2); // the two "Nhiệm vụ chung" bullets name no one
  });
  test('Bộ Tài chính programme (Markdown, "**1. Vụ Chính sách thuế**" headings after the decision\'s signature)', async () => {
    const x = await load('bo-tai-chinh-chuong-trinh-68.md');
    expect(x.document).toMatchObject({ issuer: 'Bộ Tài chính', level: 'CENTRAL_STATE', province: null, symbol: '1450/QĐ-BTC', signer: 'Cao Anh Tuấn' });
    expect(x.tasks.filter((t) => t.section?.startsWith('II.')).map((t) => t.lead[0])).toEqual([
      'Vụ Chính sách thuế', 'Vụ Chính sách thuế', 'Cục Thuế', 'Cục Thuế', 'Cục Thuế', 'Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể', 'Vụ Pháp chế', 'Văn phòng Bộ',
    ]);
    expect(x.tasks.find((t) => t.text.startsWith('Tổng hợp tình hình'))?.deadline).toMatchObject({ kind: 'RECURRING', recurrence: 'SEMIANNUAL' });
    expect(x.tasks.find((t) => t.text.startsWith('Đẩy mạnh ứng dụng'))?.deadline?.kind).toBe('ONGOING');
    expect(x.agencies.find((a) => a.name === 'Cục Thuế')?.province).toBeNull();
  });
});
