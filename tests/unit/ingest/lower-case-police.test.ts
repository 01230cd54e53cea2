/**
 * The police and the bodies concerned named in lower case inside a list of addressees, as provincial news writes them:
 * "UBND tỉnh Quảng Trị … ban hành công văn 2326, chỉ đạo công an tỉnh, Sở GTVT, UBND và Ban an toàn giao thông các huyện,
 * thị xã, thành phố tiếp tục chỉ đạo …" (danviet.vn, judge-3 web copies), "Sở Giao thông vận tải chủ trì, phối hợp với
 * ngành y tế, công an và đơn vị có liên quan …" (tayninh.gov.vn, judge-4 web copies).
 */
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

const names = (ns: string[]) => ns.map((n) => canonicalAgencyName(n));

describe('"công an (tỉnh)" and "đơn vị có liên quan" in lower case are bodies of a list', () => {
  it('"công an tỉnh, Sở GTVT, UBND và Ban an toàn giao thông các huyện, thị xã, thành phố tiếp tục chỉ đạo …" (danviet.vn)', () => {
    expect(names(inlineAssignment('công an tỉnh, Sở GTVT, UBND và Ban an toàn giao thông các huyện, thị xã, thành phố tiếp tục chỉ đạo các lực lượng tăng cường tuần tra').lead)).toEqual([
      'Công an tỉnh',
      'Sở Giao thông vận tải',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'Ban an toàn giao thông các huyện, thị xã, thành phố',
    ]);
  });
  it('"… phối hợp với ngành y tế, công an và đơn vị có liên quan khẩn trương triển khai …" (tayninh.gov.vn)', () => {
    expect(names(inlineAssignment('Sở Giao thông vận tải chủ trì, phối hợp với ngành y tế, công an và đơn vị có liên quan khẩn trương triển khai thực hiện').coordinators)).toEqual(['Ngành y tế', 'Công an', 'Đơn vị có liên quan']);
  });
  it('the police inside a phrase stay in it: "lực lượng công an" and "công an xã bán chuyên trách" open no body', () => {
    expect(inlineAssignment('lực lượng công an tăng cường tuần tra').lead).toEqual([]);
    expect(inlineAssignment('công an xã bán chuyên trách tăng cường tuần tra').lead).toEqual([]);
  });
});
