import { canonicalAgencyName, splitAgencies } from '../../../src/ingest/agencies';

const names = (cell: string) => splitAgencies(cell).map((n) => canonicalAgencyName(n));

describe('a provincial committee named once before a list of provinces is each province\'s own', () => {
  it('"Ủy ban nhân dân 3 tỉnh: Sơn La, Điện Biên và Lai Châu" is three committees', () => {
    // Công văn 7343/VPCP-CN (luatminhkhue.vn), its addressees.
    expect(names('Ủy ban nhân dân 3 tỉnh: Sơn La, Điện Biên và Lai Châu')).toEqual([
      'Ủy ban nhân dân tỉnh Sơn La', 'Ủy ban nhân dân tỉnh Điện Biên', 'Ủy ban nhân dân tỉnh Lai Châu',
    ]);
  });

  it('a centrally-run city in the list is a "thành phố": "UBND các tỉnh, thành phố Ninh Bình, Hà Tĩnh, Cần Thơ"', () => {
    expect(names('UBND các tỉnh, thành phố Ninh Bình, Hà Tĩnh, Cần Thơ')).toEqual([
      'Ủy ban nhân dân tỉnh Ninh Bình', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'Ủy ban nhân dân thành phố Cần Thơ',
    ]);
  });

  it('only names of provinces are distributed: "UBND tỉnh Hà Tĩnh, Sở Y tế", "UBND các tỉnh, thành phố trực thuộc Trung ương"', () => {
    expect(names('UBND tỉnh Hà Tĩnh, Sở Y tế')).toEqual(['Ủy ban nhân dân tỉnh Hà Tĩnh', 'Sở Y tế']);
    expect(names('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(names('Ủy ban nhân dân các huyện An Lão, Vĩnh Thạnh')).toEqual(['Ủy ban nhân dân các huyện An Lão, Vĩnh Thạnh']);
  });
});
