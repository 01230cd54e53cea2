import { featuresOf, scorePair, weightsOver, type TaskInput } from '../../../src/graph/task-similarity';
import { LINKING } from '../../../src/graph/link-counterparts';

let n = 0;
function task(documentId: string, text: string, more: Partial<TaskInput> = {}): TaskInput {
  n += 1;
  return { id: `${documentId}#t${n}`, documentId, text, sectionHeading: null, cites: [], leadNames: [], leadKeys: [], leadIsGroup: [], ...more };
}

/** A small family: rows of two plans plus generic rows that make "triển khai", "tăng cường" common. */
function family(extra: TaskInput[]) {
  const generic = [
    'Tăng cường triển khai hiệu quả công tác hội nhập quốc tế trên địa bàn.',
    'Triển khai thực hiện các nhiệm vụ hội nhập quốc tế theo chức năng, nhiệm vụ được giao.',
    'Tăng cường công tác tuyên truyền về hội nhập quốc tế.',
    'Tiếp tục triển khai các chương trình hợp tác quốc tế.',
    'Tăng cường xúc tiến thương mại, mở rộng thị trường xuất khẩu.',
    'Tăng cường xúc tiến đầu tư, thu hút đầu tư nước ngoài.',
  ].map((t, i) => task(i % 2 ? 'plan-a' : 'plan-b', t));
  const all = [...generic, ...extra].map(featuresOf);
  return { weights: weightsOver(all), f: (t: TaskInput) => all.find((x) => x.id === t.id)! };
}

describe('scoring two plan rows (task-similarity)', () => {
  it('a row restated in another plan with different lead wording scores above the default threshold, explained by its distinctive terms', () => {
    const a = task('plan-a', 'Đẩy mạnh chuyển đổi số, phát triển dữ liệu số, tăng cường ứng dụng công nghệ thông tin trong công tác thông tin đối ngoại.');
    const b = task('plan-b', 'Đẩy mạnh chuyển đổi số, phát triển dữ liệu số, ứng dụng công nghệ thông tin, công nghệ số trong công tác thông tin đối ngoại và HNQT.');
    const { weights, f } = family([a, b]);
    const m = scorePair(f(a), f(b), weights);
    expect(m.score).toBeGreaterThanOrEqual(LINKING.defaultMinScore);
    expect(m.basis[0]).toMatch(/^shared terms: .*dữ liệu số/);
  });

  it('weighs "triển khai", "tăng cường" little: two rows sharing only those words do not match', () => {
    const a = task('plan-a', 'Tăng cường triển khai công tác bảo hộ công dân ở nước ngoài.');
    const b = task('plan-b', 'Tăng cường triển khai chương trình đào tạo ngoại ngữ cho cán bộ.');
    const { weights, f } = family([a, b]);
    expect(weights.weight('tang_cuong')).toBeLessThan(weights.weight('bao_ho'));
    expect(scorePair(f(a), f(b), weights).score).toBeLessThan(LINKING.storeMin);
  });

  it('the same topic is not the same action: two "xúc tiến thương mại" rows doing different things stay apart', () => {
    const a = task('plan-a', 'Tổ chức các đoàn xúc tiến thương mại tại Nhật Bản, Hàn Quốc để quảng bá nông sản đặc trưng.');
    const b = task('plan-b', 'Xây dựng cơ sở dữ liệu về xúc tiến thương mại phục vụ doanh nghiệp tra cứu thông tin thị trường.');
    const { weights, f } = family([a, b]);
    expect(scorePair(f(a), f(b), weights).score).toBeLessThan(LINKING.defaultMinScore);
  });

  it('a row that merges two central tasks matches each of them through one of its sentences', () => {
    const merged = task('plan-a', 'Hoàn thiện và đẩy mạnh triển khai các cơ chế, chính sách khuyến khích phát triển thương mại điện tử, kinh tế số, kinh tế tuần hoàn. Tăng cường trao đổi, đối thoại với các lực lượng quản lý, bảo vệ biên giới các nước có chung đường biên giới.');
    const first = task('plan-b', 'Đẩy mạnh triển khai các cơ chế, chính sách khuyến khích phát triển thương mại điện tử, kinh tế số, kinh tế tuần hoàn, thị trường các-bon thấp.');
    const second = task('plan-b', 'Tăng cường trao đổi, đối thoại, hợp tác với các lực lượng quản lý, bảo vệ biên giới các nước có chung đường biên giới để thực hiện các hiệp định.');
    const { weights, f } = family([merged, first, second]);
    expect(scorePair(f(merged), f(first), weights).score).toBeGreaterThanOrEqual(LINKING.defaultMinScore);
    expect(scorePair(f(merged), f(second), weights).score).toBeGreaterThanOrEqual(LINKING.defaultMinScore);
  });

  it('compares without diacritics, and lists a shared cited document and the same kind of lead agency', () => {
    const a = task('plan-a', 'Triển khai hiệu quả Kết luận số 125-KL/TW về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030.', {
      cites: ['125-KL/TW'], leadNames: ['Sở Ngoại vụ'], leadKeys: ['ha-tinh:so ngoai vu'], leadIsGroup: [false],
    });
    const b = task('plan-b', 'Trien khai thuc hien Ket luan so 125-KL/TW ve day manh va nang tam doi ngoai da phuong den nam 2030.', {
      cites: ['125-KL/TW'], leadNames: ['Sở Ngoại vụ'], leadKeys: ['can-tho:so ngoai vu'], leadIsGroup: [false],
    });
    const { weights, f } = family([a, b]);
    const m = scorePair(f(a), f(b), weights);
    expect(m.score).toBeGreaterThanOrEqual(LINKING.defaultMinScore);
    expect(m.basis).toEqual(expect.arrayContaining(['both cite 125-KL/TW', 'lead kind: Sở Ngoại vụ']));
  });

  it('a collective lead ("Các Sở, ngành") says nothing about the kind of agency', () => {
    const lead = { leadNames: ['Các Sở, ngành'], leadKeys: ['x:so nganh'], leadIsGroup: [true] };
    const a = task('plan-a', 'Đẩy mạnh hợp tác quốc tế về văn hóa gắn với bảo tồn di sản được UNESCO ghi danh.', lead);
    const b = task('plan-b', 'Đẩy mạnh hợp tác quốc tế về văn hóa gắn với bảo tồn di sản được UNESCO công nhận.', { ...lead, leadKeys: ['y:so nganh'] });
    const { weights, f } = family([a, b]);
    expect(scorePair(f(a), f(b), weights).basis.some((x) => x.startsWith('lead kind'))).toBe(false);
  });
});

describe('localisation (a provincial row to the central row it carries out)', () => {
  it('takes the best central row, and a close second when the provincial row merges two; a split central row is taken by both halves', async () => {
    const { localisations } = await import('../../../src/graph/link-counterparts');
    const ecommerce = task('central', 'Hoàn thiện và đẩy mạnh triển khai các cơ chế, chính sách khuyến khích phát triển thương mại điện tử, kinh tế số, kinh tế tuần hoàn.');
    const border = task('central', 'Tăng cường trao đổi, đối thoại, hợp tác với các lực lượng quản lý, bảo vệ biên giới các nước có chung đường biên giới.');
    const treaty = task('central', 'Nghiên cứu, trình Quốc hội sửa đổi Luật Điều ước quốc tế.');
    const merged = task('plan-a', 'Đẩy mạnh triển khai các cơ chế, chính sách khuyến khích phát triển thương mại điện tử, kinh tế số, kinh tế tuần hoàn. Tăng cường trao đổi, đối thoại với các lực lượng quản lý, bảo vệ biên giới các nước có chung đường biên giới.');
    const half1 = task('plan-b', 'Tăng cường trao đổi, đối thoại với các lực lượng quản lý, bảo vệ biên giới tỉnh bạn có chung đường biên giới.');
    const half2 = task('plan-b', 'Hợp tác với các lực lượng quản lý, bảo vệ biên giới các nước có chung đường biên giới trong phòng chống tội phạm.');
    const { weights, f } = family([ecommerce, border, treaty, merged, half1, half2]);
    const links = localisations([f(merged), f(half1), f(half2)], [f(ecommerce), f(border), f(treaty)], weights);
    expect(links.filter((l) => l.from === merged.id).map((l) => l.to).sort()).toEqual([ecommerce.id, border.id].sort());
    expect(links.filter((l) => l.from !== merged.id).map((l) => l.to)).toEqual([border.id, border.id]);
    expect(links.some((l) => l.to === treaty.id)).toBe(false);
  });
});
