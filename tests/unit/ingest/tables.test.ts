import { findTables, rawLines, columnsFromHeader, splitCellLine } from '../../../src/ingest/tables';

const tableOf = (text: string) => {
  const tables = findTables(rawLines(text));
  expect(tables).toHaveLength(1);
  return tables[0];
};

describe('task tables', () => {
  test('the header row names the columns: TT, Tên nhiệm vụ, Cơ quan chủ trì, phối hợp, Kết quả, Thời gian hoàn thành', () => {
    expect(columnsFromHeader('TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả Thời gian hoàn thành')?.columns).toEqual([
      'ORDINAL', 'TASK', 'LEAD', 'COORD', 'OUTPUT', 'DEADLINE',
    ]);
  });

  test('a PDF row whose lead, coordinating and deadline cells follow the task text on separate lines', () => {
    const t = tableOf(`PHỤ LỤC II
TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả
Thời gian hoàn

thành

I

Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy, nhận thức và

hành động trong hội nhập quốc tế
1

Đẩy mạnh chuyển đổi số, phát triển dữ liệu số, tăng cường ứng

dụng công nghệ thông tin, công nghệ số và vận dụng các nền

tảng trực tuyến trong công tác thông tin, tuyên truyền đối ngoại

và hội nhập quốc tế.

Văn phòng UBND

Thành phố

Sở Văn hóa và Thể

thao

Kế hoạch thực hiện Đề

án của Bộ Ngoại giao
2025
 2
Tổ chức triển khai hiệu quả Chiến lược/Định hướng phát triển

ngoại giao số của Việt Nam giai đoạn đến năm 2030.

Văn phòng UBND

Thành phố

Các Sở, ngành, đơn vị

liên quan
Kế hoạch/chương trình

Khi Bộ Ngoại

giao ban hành
`);
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows).toHaveLength(2);
    expect(rows[0].cells.TASK).toMatch(/^Đẩy mạnh chuyển đổi số.*hội nhập quốc tế\.$/);
    expect(rows[0].cells.LEAD).toBe('Văn phòng UBND Thành phố');
    expect(rows[0].cells.COORD).toBe('Sở Văn hóa và Thể thao');
    expect(rows[0].cells.OUTPUT).toBe('Kế hoạch thực hiện Đề án của Bộ Ngoại giao');
    expect(rows[0].cells.DEADLINE).toBe('2025');
    expect(rows[1].cells.COORD).toBe('Các Sở, ngành, đơn vị liên quan');
    expect(rows[1].cells.DEADLINE).toBe('Khi Bộ Ngoại giao ban hành');
    expect(rows[0].group).toBe('I');
    expect(rows[0].span.startLine).toBe(12);
  });

  test('cells glued onto the text line by the PDF: "… năm 2024 Sở Tư pháp Các sở, ban, ngành   Tháng 4/2026"', () => {
    const t = tableOf(`TT
CÁC CHƯƠNG TRÌNH, KẾ HOẠCH, ĐỀ ÁN, NHIỆM VỤ
CƠ QUAN
CHỦ TRÌ
CƠ QUAN
PHỐI HỢP
KẾT QUẢ
DỰ KIẾN THỜI
GIAN HOÀN
THÀNH
I HOÀN THIỆN THỂ CHẾ
1
Sửa đổi Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị về
phát triển Thủ đô đến năm 2030, tầm nhìn đến năm 2045.
Sở Tài chính Các sở, ban, ngành   Quý I/2026
2 Sửa đổi Luật Thủ đô năm 2024 Sở Tư pháp Các sở, ban, ngành   Tháng 4/2026
`);
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows.map((r) => [r.cells.TASK, r.cells.LEAD, r.cells.COORD, r.cells.DEADLINE])).toEqual([
      ['Sửa đổi Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị về phát triển Thủ đô đến năm 2030, tầm nhìn đến năm 2045.', 'Sở Tài chính', 'Các sở, ban, ngành', 'Quý I/2026'],
      ['Sửa đổi Luật Thủ đô năm 2024', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Tháng 4/2026'],
    ]);
  });

  test('a page number alone before the repeated header is neither a row nor text', () => {
    const t = tableOf(`TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện
1 Xây dựng cơ sở dữ liệu quy hoạch trên địa bàn toàn tỉnh phục vụ thu hút đầu tư
Sở Xây dựng
Các sở, ban, ngành   Quý II/2026
7
TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện
2 Tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp của tỉnh năm 2026
Ban Quản lý các khu kinh tế
Sở Tài chính   Năm 2026
`);
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows.map((r) => r.ordinal)).toEqual(['1', '2']);
    expect(rows[0].cells.DEADLINE).toBe('Quý II/2026');
    expect(rows[1].cells.LEAD).toBe('Ban Quản lý các khu kinh tế');
    expect(rows[1].cells.COORD).toBe('Sở Tài chính');
  });

  test('a DOCX row cut by a page break continues on a line that starts with a tab', () => {
    const t = tableOf(
      [
        'STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tKết quả\tThời gian hoàn thành',
        'I.\tTăng cường sự lãnh đạo của Đảng\t\t\t\t',
        '1.\tTiếp tục triển khai thực hiện hiệu quả Nghị quyết số 35-NQ/TW, chủ động đấu tranh, làm thất bại mọi âm mưu,\tSở Văn hóa, Thể thao và Du lịch\tSở, ban ngành; UBND xã, phường\tSố lượt\tThường xuyên',
        '',
        '\thoạt động chống phá của các thế lực thù địch.\t\t\t\t',
        '4.\tNâng cao hiệu quả công tác phối hợp\tSở Ngoại vụ\tSở, ban ngành\t\t',
      ].join('\n'),
    );
    expect(t.layout).toBe('TSV');
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows).toHaveLength(2);
    expect(rows[0].cells.TASK).toMatch(/làm thất bại mọi âm mưu, hoạt động chống phá của các thế lực thù địch\.$/);
    expect(rows[0].cells.LEAD).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(rows[0].span.endLine).toBe(5);
    expect(rows[1].ordinal).toBe('4'); // ordinals skip: rows are counted, not numbered
    expect(rows[1].cells.DEADLINE).toBeUndefined();
  });

  test('a scanned table’s header whose "TT" the OCR misread ("357") still heads it, and is skipped where repeated on the next page', () => {
    const t = tableOf(
      [
        '357\tNội dung, quy mô công việc\tTiến độ thời gian\tCơ quan phụ trách\tCơ quan phối hợp',
        'I\tSỞ THÔNG TIN VÀ TRUYỀN THÔNG\t\t\t',
        '1\tXây dựng và tham mưu UBND Thành phố ban hành Kế hoạch về tổ chức các hoạt động thông tin đối ngoại năm 2024.\tTháng 1\tSở Thông tin và Truyền thông\tBan Tuyên giáo Thành ủy',
        'mô\tNội dung, quy mô công việc\tTiến độ thời gian\tCơ quan phụ trách\tCơ quan phối hợp',
        '2\tTập huấn, bồi dưỡng nghiệp vụ cho cán bộ phụ trách thông tin đối ngoại các sở, ban, ngành.\tQuý III/2024\tSở Thông tin và Truyền thông\tCác cơ quan, đơn vị liên quan',
      ].join('\n'),
    );
    expect(t).toMatchObject({ layout: 'TSV', columns: ['ORDINAL', 'TASK', 'DEADLINE', 'LEAD', 'COORD'] });
    expect(t.rows.filter((r) => r.kind === 'ROW').map((r) => [r.ordinal, r.cells.DEADLINE])).toEqual([
      ['1', 'Tháng 1'],
      ['2', 'Quý III/2024'],
    ]);
  });

  test('a different column order read from the header: TT, content, schedule, lead, coordinating', () => {
    const t = tableOf(`TT Nội dung, quy mô công việc
Tiến độ
thời gian
Cơ quan
phụ trách
Cơ quan
phối hợp
I SỞ NGOẠI VỤ
1
Tiếp tục phối hợp với các cơ quan liên quan để triển khai, lồng
ghép nội dung công tác thông tin tuyên truyền đối ngoại gắn
với nhiệm vụ, hoạt động đối ngoại của Thành phố.
Cả năm Sở Ngoại vụ Các cơ quan, đơn vị liên quan
2 Hội nghị và hoạt động phổ biến, tuyên truyền về Biển Đông -
Hải đảo
Trong năm
2024
Sở Ngoại vụ
Bộ Ngoại giao;
Ban Tuyên giáo Thành ủy;
Sở Tư pháp
`);
    expect(t.columns).toEqual(['ORDINAL', 'TASK', 'DEADLINE', 'LEAD', 'COORD']);
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows[0].cells).toMatchObject({ DEADLINE: 'Cả năm', LEAD: 'Sở Ngoại vụ', COORD: 'Các cơ quan, đơn vị liên quan' });
    expect(rows[1].cells).toMatchObject({ DEADLINE: 'Trong năm 2024', LEAD: 'Sở Ngoại vụ', COORD: 'Bộ Ngoại giao; Ban Tuyên giáo Thành ủy; Sở Tư pháp' });
    expect(rows[1].cells.TASK).toBe('Hội nghị và hoạt động phổ biến, tuyên truyền về Biển Đông - Hải đảo');
    expect(rows[0].groupHeading).toBe('SỞ NGOẠI VỤ');
  });

  test('a Markdown pipe table', () => {
    const t = tableOf(`| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Hoàn thiện thể chế | | | |
| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ngành | Quý III/2025 |
| 2 | Xây dựng đề án chuyển đổi số | Sở Khoa học và Công nghệ | Sở Tài chính | Năm 2026 |`);
    expect(t.layout).toBe('PIPE');
    const rows = t.rows.filter((r) => r.kind === 'ROW');
    expect(rows.map((r) => [r.ordinal, r.cells.LEAD, r.cells.DEADLINE, r.group])).toEqual([
      ['1', 'Sở Tư pháp', 'Quý III/2025', 'I'],
      ['2', 'Sở Khoa học và Công nghệ', 'Năm 2026', 'I'],
    ]);
  });

  test('one line holding several short cells is split where a new cell visibly starts', () => {
    expect(splitCellLine('liên quan Báo cáo Thường xuyên')).toEqual(['liên quan', 'Báo cáo', 'Thường xuyên']);
    expect(splitCellLine('Sở Công Thương Các Sở, ngành, đơn vị  Hàng năm')).toEqual(['Sở Công Thương', 'Các Sở, ngành, đơn vị', 'Hàng năm']);
    // an agency name is not cut at "UBND" or "Thành ủy"
    expect(splitCellLine('Văn phòng UBND Thành phố')).toEqual(['Văn phòng UBND Thành phố']);
    expect(splitCellLine('Dân vận Thành ủy và')).toEqual(['Dân vận Thành ủy và']);
  });
});
