/**
 * The members of a Party committee addressed as comrades ("các đồng chí Ủy viên …", "từng đồng chí Ủy viên …"), as a
 * district Party committee's letters write them (the Hàm Thuận Nam and Càng Long district pages, seen in the judge-4
 * party resolutions): the members are the assignee, named "Ủy viên <committee>".
 */
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

const leads = (text: string) => inlineAssignment(text).lead.map((n) => canonicalAgencyName(n));

describe('"(các|từng) đồng chí Ủy viên <committee>" is an assignee', () => {
  it('"… cũng yêu cầu các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện, các Đảng bộ trực thuộc Huyện ủy quan tâm chỉ đạo …" (Càng Long)', () => {
    expect(leads('các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện, các Đảng bộ trực thuộc Huyện ủy quan tâm chỉ đạo thực hiện đảm bảo yêu cầu')).toEqual(['Ủy viên Ban Chấp hành Đảng bộ huyện', 'Các Đảng bộ trực thuộc Huyện ủy']);
  });
  it('"…; từng đồng chí Ủy viên Ban Thường vụ Huyện ủy chọn một thôn (khu phố) nơi địa phương phụ trách …" (Hàm Thuận Nam): "chọn" is the work', () => {
    expect(leads('từng đồng chí Ủy viên Ban Thường vụ Huyện ủy chọn một thôn (khu phố) nơi địa phương phụ trách để dự Ngày hội với nhân dân')).toEqual(['Ủy viên Ban Thường vụ Huyện ủy']);
  });
  it('a comrade named in person is no such collective: "các đồng chí: Lại Thế Nguyên, …" opens no agency', () => {
    expect(inlineAssignment('các đồng chí: Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy dự hội nghị').lead).toEqual([]);
  });
});
