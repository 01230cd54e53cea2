import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { canonicalAgencyName, mergeAgencies, opensAgency, resolveAgency, splitAgencies } from '../../../src/ingest/agencies';

describe('splitAgencies', () => {
  it('does not split the "và" inside a department name: "Sở Khoa học và Công nghệ", "Sở Văn hóa và Thể thao"', () => {
    expect(splitAgencies('Sở Khoa học và Công nghệ')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(splitAgencies('Sở Lao động - Thương binh và Xã hội, Sở Nội vụ')).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ']);
  });

  it('keeps a collective assignee whole: "Các Sở, ngành, đơn vị liên quan"', () => {
    expect(splitAgencies('Các Sở, ngành, đơn vị liên quan')).toEqual(['Các Sở, ngành, đơn vị liên quan']);
    expect(splitAgencies('Sở, ban ngành; UBND xã, phường')).toEqual(['Sở, ban ngành', 'UBND xã, phường']);
  });

  it('splits "Bộ Tư lệnh Thủ đô, Công an thành phố Hà Nội và Văn phòng UBND Thành phố." into three', () => {
    expect(splitAgencies('Bộ Tư lệnh Thủ đô, Công an thành phố Hà Nội và Văn phòng UBND Thành phố.')).toEqual([
      'Bộ Tư lệnh Thủ đô', 'Công an thành phố Hà Nội', 'Văn phòng UBND Thành phố',
    ]);
  });

  it('splits a lead agency from a trailing collective: "Sở Ngoại vụ và các Sở, ban ngành"', () => {
    expect(splitAgencies('Sở Khoa học và Công nghệ, Sở, ban ngành có liên quan')).toEqual(['Sở Khoa học và Công nghệ', 'Sở, ban ngành có liên quan']);
    expect(splitAgencies('Ban Tuyên giáo và Dân vận, và các Sở, ban ngành')).toEqual(['Ban Tuyên giáo và Dân vận', 'các Sở, ban ngành']);
  });

  it('joins a name broken across cell lines: "Sở Văn hóa và Thể\\nthao"', () => {
    expect(splitAgencies('Sở Văn hóa và Thể\nthao')).toEqual(['Sở Văn hóa và Thể thao']);
    expect(splitAgencies('')).toEqual([]);
  });
});

describe('resolveAgency', () => {
  it('expands department initials: "Sở KH&CN", "Sở VH&TT", "Sở GD&ĐT", "Sở LĐTB&XH", "Sở NV"', () => {
    expect(resolveAgency('Sở KH&CN', 'Hà Nội').name).toBe('Sở Khoa học và Công nghệ');
    expect(resolveAgency('Sở VH&TT', 'Hà Nội').name).toBe('Sở Văn hóa và Thể thao');
    expect(resolveAgency('Sở GD&ĐT', 'Hà Nội').name).toBe('Sở Giáo dục và Đào tạo');
    expect(resolveAgency('Sở LĐTB&XH', 'Hà Nội').name).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(resolveAgency('Sở NV', 'Hà Nội').name).toBe('Sở Nội vụ');
    expect(resolveAgency('Sở KH&CN', 'Hà Nội').key).toBe(resolveAgency('Sở Khoa học và Công nghệ', 'Hà Nội').key);
  });

  it('expands acronyms and place abbreviations: "BHXH TP", "Thống kê HN", "UBND"', () => {
    expect(resolveAgency('BHXH TP', 'Hà Nội')).toMatchObject({ name: 'Bảo hiểm xã hội Thành phố', type: 'PUBLIC_SERVICE_UNIT', province: 'Hà Nội' });
    expect(resolveAgency('Thống kê HN', 'Hà Nội').name).toBe('Thống kê Hà Nội');
    expect(resolveAgency('UBND Thành phố', 'Hà Nội')).toMatchObject({ name: 'Ủy ban nhân dân Thành phố', type: 'PEOPLES_COMMITTEE' });
  });

  it('gives one key to "Công an thành phố Hà Nội" and "Công an Thành phố" within Hà Nội', () => {
    expect(resolveAgency('Công an thành phố Hà Nội', 'Hà Nội').key).toBe(resolveAgency('Công an Thành phố', 'Hà Nội').key);
    expect(resolveAgency('Công an Thành phố', 'Hà Nội').type).toBe('POLICE');
  });

  it("Hà Nội's Sở Công Thương and Cần Thơ's are different agencies", () => {
    expect(resolveAgency('Sở Công Thương', 'Hà Nội').key).toBe('ha-noi:so cong thuong');
    expect(resolveAgency('Sở Công Thương', 'Cần Thơ').key).toBe('can-tho:so cong thuong');
  });

  it('central bodies have no province: "Bộ Ngoại giao", "Chính phủ"', () => {
    expect(resolveAgency('Bộ Ngoại giao', 'Cần Thơ')).toMatchObject({ key: 'central:bo ngoai giao', province: null, type: 'MINISTRY' });
    expect(resolveAgency('Chính phủ', 'Hà Nội')).toMatchObject({ province: null, type: 'GOVERNMENT' });
  });

  it('"Bộ Chỉ huy Quân sự thành phố" is the provincial military command, not a ministry', () => {
    expect(resolveAgency('Bộ Chỉ huy Quân sự thành phố', 'Cần Thơ')).toMatchObject({ type: 'MILITARY', province: 'Cần Thơ' });
  });

  it('marks collectives: "Các Sở, ban, ngành", "UBND các xã, phường", "các cơ quan, đơn vị liên quan"', () => {
    for (const g of ['Các Sở, ban, ngành', 'UBND các xã, phường', 'các cơ quan, đơn vị liên quan']) {
      expect(resolveAgency(g, 'Hà Nội')).toMatchObject({ isGroup: true, type: 'GROUP' });
    }
    expect(resolveAgency('Sở Tài chính', 'Hà Nội').isGroup).toBe(false);
  });

  it('unifies old and new tone placement: "Sở Văn hoá" = "Sở Văn hóa"', () => {
    const a = resolveAgency('Sở Văn hoá, Thể thao và Du lịch', 'Cần Thơ');
    expect(a.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(a.aliases).toEqual(['Sở Văn hoá, Thể thao và Du lịch']);
  });

  it('merges spellings seen in one document into aliases', () => {
    const merged = mergeAgencies(['Sở KH&CN', 'Sở Khoa học và Công nghệ', 'Sở Tài chính'].map((n) => resolveAgency(n, 'Hà Nội')));
    expect(merged).toHaveLength(2);
    expect(merged[0].aliases).toEqual(['Sở KH&CN']);
  });
});

// A name followed by the abbreviation the text defines for it (thoibaotaichinh.vn, Công văn 1225/BCT-ĐKT on coal supply:
// "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV)") is the body's name without it; a unit code stays.
describe('canonicalAgencyName: a defined abbreviation after the name', () => {
  it.each([
    ['Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV)', 'Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam'],
    ['Sở Thông tin và Truyền thông (TT&TT)', 'Sở Thông tin và Truyền thông'],
    ['Công an tỉnh (PC06)', 'Công an tỉnh (PC06)'],
  ])('%s', (raw, name) => expect(canonicalAgencyName(raw)).toBe(name));
});

// "Ủy ban MTTQ Việt Nam thành phố Hà Nội" (hanoi.gov.vn, Công văn 1996-CV/BTGTU of 2019): the abbreviation spelled out
// already ends in "Việt Nam", which is not said twice.
it('"Ủy ban MTTQ Việt Nam thành phố Hà Nội" is "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"', () => {
  expect(canonicalAgencyName('Ủy ban MTTQ Việt Nam thành phố Hà Nội')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội');
  expect(canonicalAgencyName('Ủy ban MTTQ tỉnh')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
});

describe('the heads of bodies named as a kind stand for those bodies', () => {
  it('"Bí thư tỉnh ủy, thành ủy" are the committees; "thủ trưởng công an các đơn vị, địa phương" the police of every unit', () => {
    expect(canonicalAgencyName('Bí thư tỉnh ủy, thành ủy')).toBe('Tỉnh ủy, thành ủy');
    expect(canonicalAgencyName('thủ trưởng công an các đơn vị, địa phương')).toBe('Công an các đơn vị, địa phương');
    expect(canonicalAgencyName('Bí thư Tỉnh ủy Bến Tre')).toBe('Tỉnh ủy Bến Tre');
  });
});

describe('the police of units named in lower case open an assignee', () => {
  it('"Theo đó, Bộ Công an yêu cầu công an các đơn vị, địa phương tiếp tục triển khai …": a task of the units\' police', () => {
    const t = readRestatedTasks(normalise('Ngày 6/4 vừa qua, Bộ Công an đã ra công điện gửi các đơn vị thuộc Bộ. Theo đó, Bộ Công an yêu cầu công an các đơn vị, địa phương tiếp tục triển khai thực hiện nghiêm các phương án bảo đảm an ninh, trật tự theo các cấp độ của dịch bệnh COVID-19.').lines);
    expect(t.map((x) => x.leadRaw)).toEqual([['công an các đơn vị, địa phương']]);
  });
});

describe('"Báo cáo" opens the work, no newspaper', () => {
  it('"Báo cáo và xin chủ trương thường trực tỉnh ủy, thành ủy về việc …" names no assignee; "Báo Nhân Dân" is one', () => {
    expect(opensAgency('Báo cáo và xin chủ trương thường trực tỉnh ủy, thành ủy về việc ký chương trình phối hợp')).toBe(false);
    expect(opensAgency('Báo Nhân Dân, Đài Truyền hình Việt Nam tăng cường tuyên truyền')).toBe(true);
  });
});
