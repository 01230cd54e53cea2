/**
 * The explorer's opening tabs, and the persisted queries every client can call by hash without registering
 * them first: the questions analysts ask most.
 */
import crypto from 'node:crypto';

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export function examples(today = new Date().toISOString().slice(0, 10)): Example[] {
  return [
    {
      name: 'Nq57Tasks',
      query: `# Which tasks derive from Nghị quyết 57-NQ/TW (science, technology, innovation and digital
# transformation) across provinces, and how does each derive from it?
query Nq57Tasks($symbol: String!) {
  document(symbol: $symbol) { symbol kindVi title stub }
  byProvince: taskCounts(filter: {derivesFrom: $symbol}, groupBy: PROVINCE) {
    total
    groups { label count }
  }
  tasks(filter: {derivesFrom: $symbol}, first: 50) {
    totalCount
    nodes {
      text
      province { name }
      document { symbol title }
      leadAgencies { name }
      deadline { raw end }
      derivation(from: $symbol) { kind explanation chain { symbol } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: { symbol: '57-NQ/TW' },
    },
    {
      name: 'Lineage',
      query: `# The lineage of Nghị quyết 59-NQ/TW (international integration): who implements it, down to the
# provincial plans, and their tasks. Nodes and edges are ready to draw.
query Lineage($symbol: String!, $depth: Int = 3) {
  lineage(symbol: $symbol, direction: DOWN, depth: $depth) {
    root { symbol title }
    nodes {
      id
      label
      distance
      stub
      document {
        kindVi
        title
        province { name }
        tasks(first: 5) { totalCount nodes { text leadAgencies { name } } }
      }
    }
    edges { source target relation raw }
  }
}`,
      variables: { symbol: '59-NQ/TW', depth: 3 },
    },
    {
      name: 'ProvincesPerTask',
      query: `# Which provinces took up each task of the 59-NQ/TW programme (mức độ triển khai)? One row per task of
# the Government programme when its task table is in the graph, else per cluster of matching provincial rows;
# who leads it in each province, which provinces lack it, and each province's own tasks. Task.counterparts
# gives the matches of one row with a score and the evidence (basis).
query ProvincesPerTask($symbol: String!) {
  coverage(of: $symbol) {
    rowsFrom
    programme { symbol title }
    provinces { name }
    rows {
      label
      provinces { name }
      missingProvinces { name }
      tasks { text province { name } leadAgencies { name } document { symbol title } }
    }
    localTasks { province { name } tasks { text leadAgencies { name } } }
  }
}`,
      variables: { symbol: '59-NQ/TW' },
    },
    {
      name: 'OverdueTasks',
      query: `# A province's tasks whose deadline (thời hạn) has passed by a given date: a dated deadline, or the end
# of a period ("Quý I/2026"). The real plans mostly give periods, so no deadlineKind filter here.
query OverdueTasks($province: String!, $asOf: String!) {
  tasks(filter: {province: $province, deadlineTo: $asOf}, orderBy: DEADLINE_ASC, first: 50) {
    totalCount
    nodes {
      text
      deadline { raw kind end }
      leadAgencies { name }
      document { symbol title }
      provenance { sectionPath span { startLine endLine } }
    }
  }
}`,
      variables: { province: 'ha noi', asOf: today },
    },
    {
      name: 'AgencyWorkload',
      query: `# An agency's workload: the tasks it leads and coordinates, and when they fall due.
query AgencyWorkload($agency: String!) {
  agencies(filter: {name: $agency}, first: 10) {
    totalCount
    nodes {
      name
      province { name }
      lead: tasks(role: LEAD, first: 10) { totalCount nodes { text deadline { raw } document { symbol } } }
      coordinating: tasks(role: COORDINATOR, first: 0) { totalCount }
    }
  }
  byYear: taskCounts(filter: {leadAgency: $agency}, groupBy: DEADLINE_YEAR) { total groups { label count } }
}`,
      variables: { agency: 'Sở Khoa học và Công nghệ' },
    },
    {
      name: 'Search',
      query: `# Full-text search without diacritics across documents, tasks, agencies and indicators.
query Search($text: String!) {
  search(text: $text, first: 10) {
    score
    kind
    node {
      ... on Document { symbol title }
      ... on Task { text document { symbol } }
      ... on Agency { name }
      ... on Indicator { name target }
    }
  }
}`,
      variables: { text: 'chuyen doi so' },
    },
  ];
}

export function sha256(query: string): string {
  return crypto.createHash('sha256').update(query).digest('hex');
}
