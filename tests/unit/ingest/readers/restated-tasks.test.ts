/** Tasks a news article restates in prose are tasks of the bodies it names. */
import { normalise } from '../../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../../src/ingest/readers/restated-tasks';

const tasks = (raw: string) => readRestatedTasks(normalise(raw).lines).map((t) => ({ lead: t.leadRaw, coordinators: t.coordinatorsRaw, deadline: t.deadlineRaw }));

describe('readRestatedTasks', () => {
  it('"Kế hoạch yêu cầu các sở, ban, ngành tỉnh, UBND các huyện … chủ động …" is a task of those bodies', () => {
    expect(tasks('Kế hoạch yêu cầu các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố chủ động xây dựng kế hoạch và tổ chức triển khai thực hiện, báo cáo kết quả trước ngày 15/12/2025.')).toEqual([
      { lead: ['các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'], coordinators: [], deadline: 'trước ngày 15/12/2025' },
    ]);
  });
  it('"Chủ tịch UBND tỉnh giao Liên hiệp các Hội … chủ trì, phối hợp với Sở Khoa học và Công nghệ …"', () => {
    const [t] = tasks('Theo văn bản, Chủ tịch UBND tỉnh giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan, đơn vị liên quan triển khai Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2020.');
    expect(t.lead).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh']);
    expect(t.coordinators).toEqual(['Sở Khoa học và Công nghệ', 'các cơ quan, đơn vị liên quan']);
  });
  it('a sentence opening with the body: "Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí …"', () => {
    expect(tasks('Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí thực hiện Kế hoạch theo quy định.')[0].lead).toEqual(['Sở Tài chính']);
  });
  it('who issued the document is no task: "UBND tỉnh ban hành Kế hoạch số 98/KH-UBND …"', () => {
    expect(tasks('Ngày 3-7, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND ngày 3-7-2025 triển khai thực hiện Nghị quyết số 57-NQ/TW.')).toEqual([]);
  });
});

// A ";"-clause in lower case that opens with what to do is one more task of the bodies the sentence named (moc.gov.vn,
// Lạng Sơn's steering committee on new rural areas, 2023); one that only says when to finish is the deadline of the one before
// (quangtri.gov.vn, UBND tỉnh's reply of 23/11/2023).
describe('readRestatedTasks: further ";"-clauses of the same addressees', () => {
  it('"UBND các huyện … chủ động xây dựng kế hoạch …; phối hợp thực hiện …" is two tasks of the UBND', () => {
    const read = readRestatedTasks(normalise('UBND các huyện, thành phố căn cứ vào kế hoạch, mục tiêu của tỉnh về xây dựng NTM và điều kiện thực tế của địa phương, chủ động xây dựng kế hoạch chi tiết tổ chức thực hiện; phối hợp thực hiện nội dung, nhiệm vụ của Chương trình trên phạm vi địa bàn quản lý, ưu tiên bố trí nguồn lực từ ngân sách địa phương.').lines);
    expect(read.map((t) => [t.text.slice(0, 40), t.leadRaw])).toEqual([
      ['UBND các huyện, thành phố căn cứ vào kế ', ['UBND các huyện, thành phố']],
      ['phối hợp thực hiện nội dung, nhiệm vụ củ', ['UBND các huyện, thành phố']],
    ]);
  });
  it('"…; hoàn thành trước ngày 10/12/2023" is no task of its own', () => {
    const read = tasks('UBND tỉnh có ý kiến như sau: Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023.');
    expect(read.map((t) => t.lead)).toEqual([['Sở Tài nguyên và Môi trường']]);
  });
  it('a ";"-clause naming no work ("…; các biện pháp phát hiện sớm …") is no task', () => {
    expect(tasks('Sở Thông tin và Truyền thông chỉ đạo các cơ quan thông tin, tuyên truyền phối hợp với ngành y tế cung cấp thông tin đầy đủ, kịp thời về tình hình dịch bệnh; các biện pháp phát hiện sớm, phòng ngừa dịch bệnh.')).toHaveLength(1);
  });
});

// A body that directs others leads the work it directs (see `assignmentOf`); so it does when the next sentence directs
// again with no subject of its own (baoquangnam.vn, Chỉ thị 20/CT-UBND of Quảng Nam, 2013), and when its name stands
// before a colon (caobang.gov.vn, Công văn 1550/UBND-VX, 2016).
describe('readRestatedTasks: a body directing others, again', () => {
  it('"UBND các huyện, thành phố chỉ đạo các đơn vị … . Đồng thời chỉ đạo các cơ quan chuyên môn … kiểm tra …" is the UBND\'s twice', () => {
    const read = readRestatedTasks(normalise('Chỉ thị yêu cầu UBND các huyện, thành phố chỉ đạo các đơn vị quản lý công trình thủy lợi, các địa phương tổ chức sửa chữa các công trình bị hư hỏng, nạo vét, tu bổ kênh mương. Đồng thời chỉ đạo các cơ quan chuyên môn và chính quyền cấp xã kiểm tra các điều kiện bảo đảm và xây dựng các giải pháp chỉ đạo triển khai sản xuất vụ đông xuân 2013 - 2014 ở địa phương.').lines);
    expect(read.map((t) => [t.text.slice(0, 30), t.leadRaw])).toEqual([
      ['UBND các huyện, thành phố chỉ ', ['UBND các huyện, thành phố']],
      ['chỉ đạo các cơ quan chuyên môn', ['UBND các huyện, thành phố']],
    ]);
  });
  it('"Sở Giáo dục và Đào tạo: Chỉ đạo các trường học …" is the Sở\'s task', () => {
    expect(tasks('Sở Giáo dục và Đào tạo: Chỉ đạo các trường học thường xuyên tổ chức các hoạt động vệ sinh môi trường, diệt muỗi, lăng quăng tại khu vực trường học.').map((t) => t.lead)).toEqual([['Sở Giáo dục và Đào tạo']]);
  });
  it('an assigner directing ("UBND tỉnh chỉ đạo các sở …") still hands the work on', () => {
    expect(tasks('UBND tỉnh yêu cầu các sở, ngành tăng cường kiểm tra, giám sát việc chấp hành pháp luật về khoáng sản. Đồng thời chỉ đạo UBND các huyện, thành phố rà soát, xử lý nghiêm các trường hợp khai thác trái phép.').map((t) => t.lead)).toEqual([['các sở, ngành'], ['UBND các huyện, thành phố']]);
  });
});

// A Government resolution's "quyết nghị" hands the work to the body after it as "giao" does (vietnamdautu.vn restating
// Nghị quyết 117/NQ-CP of 2020).
it('"Chính phủ quyết nghị Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp …" is the ministry\'s task', () => {
  expect(tasks('Theo đó, Chính phủ quyết nghị Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan liên quan xây dựng Nghị định về quản lý giống cây trồng lâm nghiệp, trình Thủ tướng Chính phủ trong quý IV-2020.')).toEqual([
    { lead: ['Bộ Nông nghiệp và Phát triển nông thôn'], coordinators: ['các cơ quan liên quan'], deadline: 'trong quý IV-2020' },
  ]);
});

// "… tổ chức thực hiện tốt 7 nhiệm vụ trọng tâm. Trong đó, nhiệm vụ đầu tiên là thực hiện tốt …": the first of the tasks
// announced goes on with the addressees (doanhnhantrevietnam.vn on Chỉ thị 19-CT/TW, 2022).
it('"Trong đó, nhiệm vụ đầu tiên là …" after a sentence announcing the tasks is a task of its addressees', () => {
  const read = readRestatedTasks(normalise('Chỉ thị nêu rõ, Ban Bí thư yêu cầu cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt 7 nhiệm vụ trọng tâm.\n\nTrong đó, nhiệm vụ đầu tiên là thực hiện tốt các chính sách an sinh xã hội, chăm lo đời sống vật chất và tinh thần của nhân dân.').lines);
  // (6p: the announcing sentence is a task too, first.)
  expect(read).toHaveLength(2);
  expect(read[1].text).toContain('thực hiện tốt các chính sách an sinh xã hội');
  expect(read[1].leadRaw).toEqual(read[0].leadRaw);
});

// "… Thống đốc Ngân hàng Nhà nước yêu cầu các đơn vị thuộc Ngân hàng Nhà nước Việt Nam thực hiện nhiệm vụ và giải pháp như
// sau:" then "a) Xây dựng …" / "b) Kiểm soát …" (thuvienphapluat.vn, Chỉ thị 01/CT-NHNN of 2011): the head names the kind of
// work without "các", and its lettered items are the addressees' tasks.
it('"… yêu cầu <bodies> thực hiện nhiệm vụ và giải pháp như sau:" then lettered items', () => {
  const read = readRestatedTasks(normalise('Thực hiện Nghị quyết số 11/NQ-CP ngày 24 tháng 02 năm 2011 của Chính phủ; Thống đốc Ngân hàng Nhà nước yêu cầu các đơn vị thuộc Ngân hàng Nhà nước Việt Nam thực hiện nhiệm vụ và giải pháp như sau:\na) Xây dựng và thực hiện kế hoạch kinh doanh năm 2011 phù hợp với mục tiêu tốc độ tăng tín dụng dưới 20%.\nb) Kiểm soát tốc độ tăng trưởng tín dụng, đồng thời điều chỉnh mạnh cơ cấu và nâng cao chất lượng tín dụng.').lines);
  expect(read.map((t) => [t.text.slice(0, 20), t.leadRaw])).toEqual([
    ['Xây dựng và thực hiệ', ['các đơn vị thuộc Ngân hàng Nhà nước Việt Nam']],
    ['Kiểm soát tốc độ tăn', ['các đơn vị thuộc Ngân hàng Nhà nước Việt Nam']],
  ]);
});

// Where a news sentence's subject stands: after "Theo đó," and a time adverbial (hoabinh.gov.vn, the 2013 Tết traffic
// campaign), after "Riêng" (baokhanhhoa.vn, land-use planning, 2021), after "đề nghị," (cand.com.vn, Công văn 3628 of the
// Bộ GD&ĐT); and a second "yêu cầu <body>" after a comma opens a second assignment (plo.vn, the Deputy Prime Minister on
// power supply).
describe('readRestatedTasks: where the subject stands', () => {
  it.each([
    ['Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí lực lượng thường xuyên kiểm tra, kiểm soát, điều khiển, hướng dẫn giao thông.', [['Công an tỉnh']]],
    ['Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện việc lập Quy hoạch sử dụng đất giai đoạn 2021-2030 và Kế hoạch sử dụng đất.', [['UBND huyện Khánh Sơn']]],
    ['Bộ GD&ĐT đề nghị, Sở GD&ĐT phổ biến đến các đơn vị trực thuộc thông tin về văn bản giả mạo này và có các biện pháp ngăn chặn.', [['Sở GD&ĐT']]],
    ['Phó Thủ tướng yêu cầu các bộ, ngành phải đảm bảo cung cấp đủ điện, yêu cầu Bộ Công Thương và EVN đôn đốc các dự án nguồn mới chuẩn bị đưa vào vận hành.', [['các bộ, ngành'], ['Bộ Công Thương', 'EVN']]],
  ])('%s', (text, leads) => expect(tasks(text).map((t) => t.lead)).toEqual(leads));
});

// A page saying its document was issued and what it directs in one sentence, with ";"-clauses after (mt.gov.vn, Tây Ninh's
// Công văn 3053/UBND-KTN of 2018): the announcing words followed by other work are a task of the addressees, and so is
// "…; định kỳ hàng tháng các đơn vị, địa phương báo cáo …".
it('"… đã ban hành Công văn số 3053/UBND-KTN yêu cầu các đơn vị … thực hiện ngay một số nhiệm vụ trọng tâm; định kỳ hàng tháng …"', () => {
  const read = readRestatedTasks(normalise('Vừa qua, Ủy ban nhân dân tỉnh Tây Ninh đã ban hành Công văn số 3053/UBND-KTN yêu cầu các đơn vị, địa phương quan tâm chỉ đạo thực hiện ngay một số nhiệm vụ trọng tâm; định kỳ hàng tháng các đơn vị, địa phương báo cáo kết quả thực hiện về Sở Giao thông vận tải để tổng hợp báo cáo.').lines);
  expect(read.map((t) => [t.text.slice(0, 30), t.leadRaw])).toEqual([
    ['các đơn vị, địa phương quan tâ', ['các đơn vị, địa phương']],
    ['các đơn vị, địa phương báo cáo', ['các đơn vị, địa phương']],
  ]);
});
// (6p: it was no task of its own before; it names who leads the work as a whole, and judge-6's keys read it as a task.)
it('an announcing sentence that closes with a full stop, before its list, is a task of its own, and its list goes on with its addressees', () => {
  const read = readRestatedTasks(normalise('Ban Bí thư yêu cầu cấp uỷ, tổ chức đảng, chính quyền các cấp tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt một số nhiệm vụ trọng tâm.\n\nTăng cường đoàn kết, thống nhất trong Đảng, đồng thuận trong xã hội, tổ chức tốt việc chăm lo đời sống cho Nhân dân.').lines);
  expect(read.map((t) => t.text.slice(0, 20))).toEqual(['cấp uỷ, tổ chức đảng', 'Tăng cường đoàn kết,']);
});

// More of where the subject stands and who directs: "Trước hết, các cơ sở khám bệnh, chữa bệnh …" (luatvietnam.vn, Chỉ thị
// 24/CT-BYT: the units of a sector are a collective assignee); "Theo Kế hoạch của Ban Chỉ đạo Trung ương, các bộ, ngành có
// trách nhiệm …" (tcnn.vn on Kế hoạch 141/KH-BCĐTKNQ18: what the work follows, fronted); a body named as its sentence's
// own subject directs again with no subject ("Sở Y tế tham mưu …. Chỉ đạo các cơ sở y tế …", caobang.gov.vn), and so do
// the addressees of an announcing sentence (hanoipr on the national steering committee, 2021).
describe('readRestatedTasks: fronted words and who directs again', () => {
  it.each([
    ['Trước hết, các cơ sở khám bệnh, chữa bệnh duy trì tổ chức thực hiện nghiêm các quy trình về sàng lọc, phân loại, phân luồng.', [['các cơ sở khám bệnh, chữa bệnh']]],
    ['Theo Kế hoạch của Ban Chỉ đạo Trung ương, các bộ, ngành có trách nhiệm xây dựng Báo cáo tổng kết và gửi về Ban Chỉ đạo Trung ương trước ngày 31/12/2024.', [['các bộ, ngành']]],
    ['Sở Y tế tham mưu cho UBND tỉnh tổ chức triển khai các biện pháp phòng, chống dịch bệnh sốt xuất huyết trên địa bàn tỉnh. Chỉ đạo các cơ sở y tế thường xuyên theo dõi, giám sát chặt chẽ diễn biến tình hình dịch bệnh.', [['Sở Y tế'], ['Sở Y tế']]],
    ['Ban Chỉ đạo Quốc gia đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nghiêm túc chỉ đạo thực hiện một số nội dung cấp bách. Tiếp tục khẩn trương chỉ đạo các cơ sở khám chữa bệnh tổ chức thực hiện sàng lọc, phân luồng, cách ly.', [['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố'], ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố']]],
  ])('%s', (text, leads) => expect(tasks(text).map((t) => t.lead)).toEqual(leads));
});

// halongcity.gov.vn, Hạ Long's letter 8390/UBND of 2022 on forest fires.
it('the bodies a name says work was handed to ("… các chủ rừng, đối tượng được giao khoán bảo vệ rừng …") are addressees: "được giao" inside a name assigns nothing', () => {
  expect(tasks('Theo đó, để chủ động phòng ngừa, hạn chế đến mức thấp nhất số vụ cháy rừng và thiệt hại gây ra trong mùa khô hanh, UBND Thành phố yêu cầu các phòng ban, đơn vị và các chủ rừng, đối tượng được giao khoán bảo vệ rừng trên địa bàn Thành phố tiếp tục thực hiện nghiêm các quy định của Nhà nước.').map((t) => t.lead)).toEqual([
    ['các phòng ban, đơn vị', 'các chủ rừng, đối tượng được giao khoán bảo vệ rừng trên địa bàn Thành phố'],
  ]);
});

// baodansinh.vn, Hà Nội's Kế hoạch 296/KH-UBND on policy credit (2021).
it('a Party committee named in lower case after a connective ("Theo đó, cấp ủy Đảng, chính quyền các cấp của thành phố tiếp tục …") is the subject', () => {
  expect(tasks('Theo đó, cấp ủy Đảng, chính quyền các cấp của thành phố tiếp tục nâng cao nhận thức về vai trò, vị trí và tầm quan trọng của tín dụng chính sách xã hội.').map((t) => t.lead)).toEqual([['cấp ủy Đảng, chính quyền các cấp của thành phố']]);
});

// baodansinh.vn, Hà Nội's Kế hoạch 296/KH-UBND on policy credit (2021).
it('"các cấp chính quyền" (the authorities of every level) is a collective addressee ("Căn cứ kế hoạch của Ban Thường vụ Thành ủy, các cấp chính quyền từ thành phố đến cơ sở sẽ tiếp tục …")', () => {
  expect(tasks('Căn cứ kế hoạch của Ban Thường vụ Thành ủy, các cấp chính quyền từ thành phố đến cơ sở sẽ tiếp tục nghiên cứu xây dựng cơ chế, chính sách, ưu tiên bố trí cơ sở vật chất.').map((t) => t.lead)).toEqual([['các cấp chính quyền từ thành phố đến cơ sở']]);
});
