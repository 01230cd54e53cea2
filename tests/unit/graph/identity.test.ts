/** One symbol, two documents: 18-NQ/TW of 25/10/2017 (the apparatus) and of 16/6/2022 (land). */
import { citationTarget, ownIdentity, type Candidate } from '../../../src/graph/identity';

const nq2017: Candidate = { id: '18-NQ/TW', year: 2017, stub: false };
const nq2022: Candidate = { id: '18-NQ/TW@2022-06-16', year: 2022, stub: false };

describe('ownIdentity', () => {
  it('a symbol no other document carries keeps its symbol as id (existing ids never change)', () => {
    expect(ownIdentity('18-NQ/TW', '2017-10-25', [])).toBe('18-NQ/TW');
    expect(ownIdentity('18-NQ/TW', '2017-10-25', [nq2017])).toBe('18-NQ/TW');
  });
  it('the second document of a symbol, from another year, is "<symbol>@<date>"', () => {
    expect(ownIdentity('18-NQ/TW', '2022-06-16', [nq2017])).toBe('18-NQ/TW@2022-06-16');
    expect(ownIdentity('18-NQ/TW', '2022-06-16', [nq2017, nq2022])).toBe('18-NQ/TW@2022-06-16');
  });
  it('fills the stub a dated citation made for it; an undated stub is taken over', () => {
    expect(ownIdentity('18-NQ/TW', '2022-06-16', [{ ...nq2017, stub: true }, { id: '18-NQ/TW@2022-06-16', year: 2022, stub: true }])).toBe('18-NQ/TW@2022-06-16');
    expect(ownIdentity('18-NQ/TW', '2022-06-16', [{ id: '18-NQ/TW', year: null, stub: true }])).toBe('18-NQ/TW');
  });
});

describe('citationTarget', () => {
  it('a citation with a date resolves to the document of that year', () => {
    expect(citationTarget('18-NQ/TW', '2022-06-16', [nq2017, nq2022], '12-KH/TU')).toEqual({ id: '18-NQ/TW@2022-06-16', ambiguous: false });
    expect(citationTarget('18-NQ/TW', '2017-10-25', [nq2017, nq2022], '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
  it('a dated citation of a year no known document has makes its own stub', () => {
    expect(citationTarget('18-NQ/TW', '2022-06-16', [nq2017], '12-KH/TU')).toEqual({ id: '18-NQ/TW@2022-06-16', ambiguous: false });
    expect(citationTarget('18-NQ/TW', '2022-06-16', [], '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
  it('a bare symbol links to the only known document of that symbol', () => {
    expect(citationTarget('18-NQ/TW', null, [nq2022], '12-KH/TU')).toEqual({ id: '18-NQ/TW@2022-06-16', ambiguous: false });
  });
  it('a bare symbol several documents carry is flagged ambiguous, not merged', () => {
    expect(citationTarget('18-NQ/TW', null, [nq2017, nq2022], '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: true });
  });
  it('the 2022 resolution citing "18-NQ/TW ngày 25/10/2017" cites the other document, not itself', () => {
    expect(citationTarget('18-NQ/TW', '2017-10-25', [nq2017, nq2022], '18-NQ/TW@2022-06-16')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
});
