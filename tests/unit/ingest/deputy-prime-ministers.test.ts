import { splitAgencies } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('a Deputy Prime Minister named in person is a body that acts', () => {
  it('"Phó Thủ tướng Trần Hồng Hà theo dõi, chỉ đạo …" leads its sentence', () => {
    // nhipsongkinhdoanh.vn, the Deputy Prime Ministers' duties.
    expect(inlineAssignment('Phó Thủ tướng Trần Hồng Hà theo dõi, chỉ đạo các lĩnh vực giáo dục, y tế, lao động, việc làm, văn hóa, du lịch').lead).toEqual(['Phó Thủ tướng Trần Hồng Hà']);
  });

  it('the Prime Minister assigns the work to them: "Thủ tướng Chính phủ phân công Phó Thủ tướng … theo dõi, chỉ đạo …"', () => {
    const [task] = readRestatedTasks(normalise('Thủ tướng Chính phủ phân công Phó Thủ tướng Trần Lưu Quang theo dõi, chỉ đạo công tác xây dựng thể chế, cải cách tư pháp, ngoại giao và quan hệ đối ngoại.').lines);
    expect(task.leadRaw).toEqual(['Phó Thủ tướng Trần Lưu Quang']);
    expect(splitAgencies('Phó Thủ tướng Lê Thành Long và Phó Thủ tướng Hồ Đức Phớc')).toEqual(['Phó Thủ tướng Lê Thành Long', 'Phó Thủ tướng Hồ Đức Phớc']);
  });

  it('the bare title is the one speaking, no assignee: "Phó Thủ tướng sẽ họp với …"', () => {
    expect(inlineAssignment('Phó Thủ tướng sẽ họp với Bộ trưởng Bộ Tài chính, Thứ trưởng phụ trách và các Bộ, cơ quan liên quan về nội dung này').lead).toEqual([]);
  });
});

describe('"<body> có nhiệm vụ <work>" assigns the work to the body, as "có trách nhiệm" does', () => {
  it('"Phó Thủ tướng Chính phủ Lê Thành Long có nhiệm vụ theo dõi, chỉ đạo: …"', () => {
    // kienthuc.net.vn, Quyết định 2369/QĐ-TTg on the Deputy Prime Ministers' duties.
    expect(inlineAssignment('Phó Thủ tướng Chính phủ Lê Thành Long có nhiệm vụ theo dõi, chỉ đạo: Bộ Giáo dục và Đào tạo, Bộ Y tế.').lead).toEqual(['Phó Thủ tướng Chính phủ Lê Thành Long']);
  });
});
