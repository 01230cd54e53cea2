/** A news page restating a direction with no sentence saying who issued it: the subject of its assigning sentence. */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { readAttachedPointer } from '../../../../src/ingest/readers/attached-pointer';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  return readAttachedPointer(lines, readDocumentMeta(lines));
};

describe('readAttachedPointer: an office named bare is the one named in full before', () => {
  it('"… theo lệnh của bộ trưởng Bộ Công an, …" / "Bộ trưởng cũng yêu cầu thủ trưởng công an các đơn vị, địa phương …": the ministry', () => {
    const r = read([
      'Công an cả nước đồng loạt ra quân trấn áp tội phạm',
      '',
      'Bắt đầu từ 8 giờ ngày 16-12-2018 đến 15-2-2019, theo lệnh của bộ trưởng Bộ Công an, các đơn vị, địa phương đồng loạt ra quân tấn công, trấn áp tội phạm theo kế hoạch đã đề ra.',
      '',
      'Bộ trưởng cũng yêu cầu thủ trưởng công an các đơn vị, địa phương tăng cường công tác chỉ huy, chỉ đạo, tập trung cao độ lực lượng thực hiện các phương án.',
    ].join('\n'));
    expect([r.issuer?.value, r.level?.value]).toEqual(['Bộ Công an', 'CENTRAL_STATE']);
    expect(r.issuer?.how).toMatch(/bộ trưởng Bộ Công an/u);
  });
});
