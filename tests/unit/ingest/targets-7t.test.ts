/**
 * Comparative words a target keeps (src/ingest/target-constructs.ts, objective-targets.ts): a floor written between a
 * multiple's word and its number, and a comparison written as a sign glued to the number. Sentences trimmed from
 * public pages (a household-survey report on doanhnhansaigon.vn; a public-health abstract on thuvientailieu.vn).
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { multipleWords } from '../../../src/ingest/target-constructs';

const pick = (text: string) => statedTargets(text).map(({ name, unit, target, value, valueMin, valueMax, comparator }) => ({ name, unit, target, value, valueMin, valueMax, comparator }));

describe('a multiple with a qualifier after its word: "cao gấp hơn 8 lần", "gấp ít nhất 1,2 lần"', () => {
  test('multipleWords: the multiple\'s word ends before the qualifier; the "hơn" of "cao hơn" is the multiple\'s own', () => {
    const before = 'có thu nhập bình quân đầu người cao gấp hơn ';
    expect(multipleWords(before, 'lần')).toEqual({ start: before.indexOf('cao gấp'), end: before.indexOf('hơn') });
    expect(multipleWords('cao hơn ', 'lần')).toEqual({ start: 0, end: 8 });
    expect(multipleWords('cao gấp hơn ', '%')).toBeNull();
  });
  test('"… có thu nhập bình quân đầu người cao gấp hơn 8 lần so với nhóm hộ nghèo nhất": the target keeps "cao gấp hơn", and "hơn" bounds it', () => {
    expect(pick('Nhóm hộ giàu nhất có thu nhập bình quân đầu người cao gấp hơn 8 lần so với nhóm hộ nghèo nhất.')).toEqual([
      { name: 'Nhóm hộ giàu nhất có thu nhập bình quân đầu người', unit: 'lần', target: 'cao gấp hơn 8 lần', value: 8, valueMin: 8, valueMax: null, comparator: '>' },
    ]);
  });
});

describe('a comparison written as a sign glued to the number: ">3 năm"', () => {
  test('"đã sống >3 năm tại vùng khó khăn": the sign is the target\'s, and bounds it from below', () => {
    expect(pick('đã sống >3 năm tại vùng khó khăn')).toEqual([{ name: 'Đã sống tại vùng khó khăn', unit: 'năm', target: '>3 năm', value: 3, valueMin: 3, valueMax: null, comparator: '>' }]);
  });
  test('a quote mark "> " set apart from its number is no sign', () => {
    expect(pick('> 3 năm tại vùng khó khăn').map((t) => t.target)).toEqual(['3 năm']);
  });
});
