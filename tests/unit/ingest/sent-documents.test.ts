import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 40), lead: t.leadRaw }));

describe('a document sent to addressees with a request asks them to do the work', () => {
  it('"Bộ Y tế vừa có văn bản gửi <addressees> đề nghị tăng cường …": the addressees lead', () => {
    // qpvn.vn, news of a ministry's letter before the 2/9 holiday.
    expect(restated('Bộ Y tế vừa có văn bản gửi Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đề nghị tăng cường phòng chống dịch bệnh dịp nghỉ Lễ Quốc khánh 2/9.')).toEqual([
      { text: 'Uỷ ban nhân dân các tỉnh, thành phố trực', lead: ['Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] },
    ]);
  });

  it('addressees listed with ";" before the request', () => {
    // baomoi.net.vn, news of a ministry's letter on hospital security.
    const [task] = restated('Bộ Y tế vừa có văn bản gửi Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương; Giám đốc các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế; Thủ trưởng Y tế các Bộ, ngành đề nghị tăng cường đảm bảo an ninh, an toàn cho người bệnh và nhân viên y tế.');
    expect(task.lead[0]).toBe('Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương');
    expect(task.lead[task.lead.length - 1]).toBe('Thủ trưởng Y tế các Bộ, ngành');
  });

  it('a request that names its own addressees is read as such: "… gửi Ủy ban nhân dân các tỉnh …, đề nghị các địa phương chủ động …"', () => {
    // th389.vn, news of a ministry's urgent letter on Covid-19.
    expect(restated('Bộ Y tế vừa có công văn khẩn về việc tăng cường công tác phòng, chống dịch Covid-19 gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, đề nghị các địa phương chủ động công tác giám sát, theo dõi chặt chẽ tình hình dịch bệnh trên địa bàn.')).toEqual([
      { text: 'các địa phương chủ động công tác giám sá', lead: ['các địa phương'] },
    ]);
  });

  it('a document sent with no request names no task: "Bộ Y tế vừa có văn bản gửi … về việc …"', () => {
    // qpvn.vn, the same ministry's letter on holiday health care.
    expect(restated('Bộ Y tế vừa có văn bản gửi các đơn vị trực thuộc và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương về việc đảm bảo công tác y tế trong kỳ nghỉ Lễ Quốc khánh 2/9.')).toEqual([]);
  });
});
