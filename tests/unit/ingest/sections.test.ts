import { normalise } from '../../../src/ingest/normalise';
import { readSections, sectionAtLine } from '../../../src/ingest/sections';

const sectionsOf = (text: string) => readSections(normalise(text).lines);

describe('the section tree', () => {
  const plan = [
    'KẾ HOẠCH',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nội dung mục đích.',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Tăng cường sự lãnh đạo của Đảng',
    'a) Tuyên truyền, phổ biến Nghị quyết',
    'b) Đẩy mạnh chuyển đổi số',
    '4.2. Phát triển các chương trình hợp tác:',
    'Nơi nhận:',
    '- Bộ Ngoại giao;',
    'PHỤ LỤC II',
    'DANH MỤC CÁC NHIỆM VỤ',
    '1 Xây dựng kế hoạch Sở Công Thương 2025',
  ].join('\n');

  it('nests parts (I.), items (1.), points (a)) and sub-items written in full (4.2.)', () => {
    expect(sectionsOf(plan).map((s) => s.path)).toEqual(['I', 'I.1', 'II', 'II.1', 'II.1.a', 'II.1.b', 'II.1.2', 'PL2']);
  });

  it('keeps the marker as written and the heading text', () => {
    const sub = sectionsOf(plan).find((s) => s.path === 'II.1.2');
    expect(sub).toMatchObject({ number: '4.2', heading: 'Phát triển các chương trình hợp tác:' });
  });

  it('titles an appendix with the line after "PHỤ LỤC II" and reads no sections from its table rows', () => {
    const appendix = sectionsOf(plan).find((s) => s.path === 'PL2');
    expect(appendix?.heading).toBe('DANH MỤC CÁC NHIỆM VỤ');
  });

  it('numbers appendices alike whether written "PHỤ LỤC II" or "Phụ lục 02:"', () => {
    expect(sectionsOf('PHỤ LỤC IV\nChỉ tiêu').map((s) => s.path)).toEqual(['PL4']);
    expect(sectionsOf('Phụ lục 02: Nhiệm vụ').map((s) => s.path)).toEqual(['PL2']);
  });

  it('resumes the tree inside a programme issued with the document, after the signature', () => {
    const resolution = ['NGHỊ QUYẾT', 'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.', 'TM. CHÍNH PHỦ', 'Nơi nhận:', '- Các Bộ;', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', '(Kèm theo Nghị quyết số 96/NQ-CP ngày 1/7/2025 của Chính phủ)', 'I. MỤC TIÊU', 'II. NHIỆM VỤ', '1. Bộ Ngoại giao'].join('\n');
    expect(sectionsOf(resolution).map((s) => [s.path, s.heading])).toEqual([
      ['PL1', 'CHƯƠNG TRÌNH HÀNH ĐỘNG'],
      ['PL1.I', 'MỤC TIÊU'],
      ['PL1.II', 'NHIỆM VỤ'],
      ['PL1.II.1', 'Bộ Ngoại giao'],
    ]);
  });

  it('gives a repeated point ("d)" written twice) its own path', () => {
    const paths = sectionsOf('II. NỘI DUNG\n1. Kinh tế\nd) Một\nd) Hai').map((s) => s.path);
    expect(paths).toEqual(['II', 'II.1', 'II.1.d', 'II.1.d~2']);
  });

  it('finds the innermost section holding a line, and none for the preamble', () => {
    const sections = sectionsOf(plan);
    expect(sectionAtLine(sections, 7)).toBe('II.1.a');
    expect(sectionAtLine(sections, 6)).toBe('II.1');
    expect(sectionAtLine(sections, 1)).toBeNull();
  });
});
