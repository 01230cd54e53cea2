/** One symbol, two documents: 18-NQ/TW of 25/10/2017 (the apparatus) and of 16/6/2022 (land). */
import { citationTarget, ownIdentity, planSymbol, type Candidate } from '../../../src/graph/identity';

const nq2017: Candidate = { id: '18-NQ/TW', year: 2017, stub: false };
const nq2022: Candidate = { id: '18-NQ/TW@2022', year: 2022, stub: false };
const plan = (candidates: Candidate[], years: number[] = []) => planSymbol('18-NQ/TW', candidates, years);

describe('ownIdentity', () => {
  it('a symbol no other document carries keeps its symbol as id (existing ids never change)', () => {
    expect(ownIdentity(plan([], [2017]), '2017-10-25')).toBe('18-NQ/TW');
    expect(ownIdentity(plan([nq2017], [2017]), '2017-10-25')).toBe('18-NQ/TW');
  });
  it('a later document of the symbol is "<symbol>@<year>"', () => {
    expect(ownIdentity(plan([nq2017], [2022]), '2022-06-16')).toBe('18-NQ/TW@2022');
    expect(ownIdentity(plan([nq2017, nq2022], [2022]), '2022-06-16')).toBe('18-NQ/TW@2022');
  });
  it('fills the stub a dated citation made for it; an undated stub is taken over', () => {
    expect(ownIdentity(plan([{ ...nq2017, stub: true }, { ...nq2022, stub: true }], [2022]), '2022-06-16')).toBe('18-NQ/TW@2022');
    expect(ownIdentity(plan([{ id: '18-NQ/TW', year: null, stub: true }], [2022]), '2022-06-16')).toBe('18-NQ/TW');
  });
  it('a copy that gives only its year ("Nghị quyết 68/NQ-CP 2024 …") is told apart by that year', () => {
    expect(ownIdentity(plan([nq2017], [2022]), null, 2022)).toBe('18-NQ/TW@2022');
    expect(ownIdentity(plan([nq2017], []), null)).toBe('18-NQ/TW');
  });
  it('whichever arrives first, the earliest year holds the symbol: the 2022 document moves away when the 2017 one arrives', () => {
    const p = plan([{ id: '18-NQ/TW', year: 2022, stub: false }], [2017]);
    expect(p.renames).toEqual([['18-NQ/TW', '18-NQ/TW@2022']]);
    expect(ownIdentity(p, '2017-10-25')).toBe('18-NQ/TW');
  });
});

describe('citationTarget', () => {
  it('a citation with a date resolves to the document of that year', () => {
    expect(citationTarget(plan([nq2017, nq2022], [2022]), '2022-06-16', '12-KH/TU')).toEqual({ id: '18-NQ/TW@2022', ambiguous: false });
    expect(citationTarget(plan([nq2017, nq2022], [2017]), '2017-10-25', '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
  it('a dated citation of a year no known document has makes its own stub', () => {
    expect(citationTarget(plan([nq2017], [2022]), '2022-06-16', '12-KH/TU')).toEqual({ id: '18-NQ/TW@2022', ambiguous: false });
    expect(citationTarget(plan([], [2022]), '2022-06-16', '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
  it('a bare symbol links to the only known document of that symbol', () => {
    expect(citationTarget(plan([{ id: '18-NQ/TW', year: 2022, stub: false }]), null, '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
  it('a bare symbol several documents carry is flagged ambiguous, not merged; a dated target of the same text counts', () => {
    expect(citationTarget(plan([nq2017, nq2022]), null, '12-KH/TU')).toEqual({ id: '18-NQ/TW', ambiguous: true });
    expect(citationTarget(plan([nq2017], [2022]), null, '12-KH/TU', ['18-NQ/TW@2022'])).toEqual({ id: '18-NQ/TW', ambiguous: true });
  });
  it('the 2022 resolution citing "18-NQ/TW ngày 25/10/2017" cites the other document, not itself', () => {
    expect(citationTarget(plan([nq2017, nq2022], [2022, 2017]), '2017-10-25', '18-NQ/TW@2022')).toEqual({ id: '18-NQ/TW', ambiguous: false });
  });
});
