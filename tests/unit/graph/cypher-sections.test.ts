import { compact, resolveSections } from '../../../src/graph/cypher';
import { query } from '../../../src/api/cypher';

describe('named queries: sections kept only for the parameters given', () => {
  it('keeps {{#p}} when p is given (not null) and {{^p}} when it is not', () => {
    const text = 'MATCH (t) WHERE true {{#lead}}AND t.lead = $lead{{/lead}}{{^lead}}AND t.open{{/lead}} RETURN t';
    expect(resolveSections(text, { lead: 'Sở Y tế' })).toBe('MATCH (t) WHERE true AND t.lead = $lead RETURN t');
    expect(resolveSections(text, { lead: null })).toBe('MATCH (t) WHERE true AND t.open RETURN t');
    expect(resolveSections(text, {})).toBe('MATCH (t) WHERE true AND t.open RETURN t');
    // false is not given (a flag off); 0 and '' are values.
    expect(resolveSections(text, { lead: false })).toContain('t.open');
    expect(resolveSections(text, { lead: 0 })).toContain('t.lead = $lead');
    // A key of a map parameter.
    expect(resolveSections('{{#prefetch.lead}}L{{/prefetch.lead}}{{^prefetch.section}}-{{/prefetch.section}}', { prefetch: { lead: true, section: false } })).toBe('L-');
  });

  it('compares with a value ({{#order=DEADLINE_ASC}}) and nests', () => {
    const text = 'ORDER BY {{#order=DEADLINE_ASC}}s ASC, {{/order}}{{^from}}{{#text}}hits{{/text}}{{^text}}all{{/text}}{{/from}} d.id';
    expect(resolveSections(text, { order: 'DEADLINE_ASC', text: 'x' })).toBe('ORDER BY s ASC, hits d.id');
    expect(resolveSections(text, { order: 'DOCUMENT_ORDER', from: { raw: '57-NQ/TW' } })).toBe('ORDER BY  d.id');
    expect(resolveSections(text, { order: 'DEADLINE_DESC' })).toBe('ORDER BY all d.id');
  });

  it('refuses an unbalanced section', () => {
    expect(() => resolveSections('{{#a}} x', { a: 1 })).toThrow(/unbalanced/);
  });

  it('gives the task page only the conditions of its filter', () => {
    const none = { from: null, document: null, provinceKey: null, lead: null, deadlineTo: null, text: null, order: 'DOCUMENT_ORDER', after: null };
    const overdue = query('tasks.page', { ...none, provinceKey: 'can-tho', deadlineTo: '2026-06-30', order: 'DEADLINE_ASC' });
    expect(overdue).toContain('<= date($deadlineTo)');
    expect(overdue).toContain('(:Province {key: $provinceKey})<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task)');
    expect(overdue).not.toMatch(/\$lead|\$deadlineFrom|fulltext|\$after|\$deadlineTo IS NULL|\$provinceKey IS NULL/);
    const all = query('tasks.page', none);
    expect(all).not.toMatch(/\$provinceKey|\$deadlineTo/);
    expect(query('tasks.page', { ...none, lead: 'x' })).toContain('$leadKey');
  });

  it('sends the text compacted: no comments, one space for each run of whitespace, string literals kept', () => {
    const text = "// a comment: it's here\nMATCH (d:Document)\n  WHERE d.title = 'Kế hoạch  số // 12'\n    /* block */ AND d.x = \"a\\\"  b\"\nRETURN d";
    expect(compact(text)).toBe("MATCH (d:Document) WHERE d.title = 'Kế hoạch  số // 12' AND d.x = \"a\\\"  b\" RETURN d");
  });
});
