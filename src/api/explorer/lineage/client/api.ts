/**
 * The view's only access to the server: the public GraphQL endpoint, as any front-end would call it
 * (POST, application/json, which Apollo's CSRF prevention accepts). Errors come back as the API words them.
 */
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`);
  return body.data;
}

/** The export endpoints for a TaskFilter (same filter as the `tasks` field). */
export function exportUrl(format: 'csv' | 'xlsx', filter: Record<string, unknown>): string {
  return `/export/tasks.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

export const RELATIONS_QUERY = /* GraphQL */ `
  query LineageRelations { __type(name: "CitationRelation") { enumValues { name description } } }
`;

export const LINEAGE_QUERY = /* GraphQL */ `
  query LineageView($symbol: String!, $direction: LineageDirection, $depth: Int, $relations: [CitationRelation!]) {
    lineage(symbol: $symbol, direction: $direction, depth: $depth, relations: $relations) {
      root { id key symbol kindVi title }
      nodes { id distance label stub document { key kindVi level title } }
      edges { id relation source target count }
    }
  }
`;

export const DOCUMENT_QUERY = /* GraphQL */ `
  query LineageDocument($id: ID!, $key: String!, $first: Int, $after: String) {
    document(id: $id) {
      id key symbol kindVi title issuer level issuedOn signer stub sourcePath missing province { name }
    }
    taskCounts(filter: { documentSymbol: $key }, groupBy: LEAD_AGENCY) { total groups { key label count } }
    tasks(filter: { documentSymbol: $key }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id ordinal text leadAgencies { name } deadline { raw } }
    }
  }
`;

export const TASK_PAGE_QUERY = /* GraphQL */ `
  query LineageTasks($key: String!, $first: Int, $after: String) {
    tasks(filter: { documentSymbol: $key }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id ordinal text leadAgencies { name } deadline { raw } }
    }
  }
`;

export const DERIVATION_QUERY = /* GraphQL */ `
  query LineageDerivation($id: ID!, $from: String!) {
    node(id: $id) {
      ... on Task {
        id ordinal text
        document { id symbol kindVi title }
        leadAgencies { name }
        coordinatingAgencies { name }
        deadline { raw }
        derivation(from: $from) {
          kind hops explanation
          chain { id symbol kindVi title }
          edges { id relation source target }
        }
      }
    }
  }
`;

export interface Relation {
  name: string;
  description: string | null;
}

export interface LineageNode {
  id: string;
  distance: number;
  label: string;
  stub: boolean;
  document: { key: string; kindVi: string | null; level: string | null; title: string | null };
}

export interface LineageEdge {
  id: string;
  relation: string;
  source: string;
  target: string;
  count: number | null;
}

export interface LineageData {
  lineage: {
    root: { id: string; key: string; symbol: string | null; kindVi: string | null; title: string | null };
    nodes: LineageNode[];
    edges: LineageEdge[];
  } | null;
}

export interface TaskItem {
  id: string;
  ordinal: string | null;
  text: string;
  leadAgencies: { name: string }[];
  deadline: { raw: string | null } | null;
}

export interface TaskPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: TaskItem[];
}

export interface DocumentData {
  document: {
    id: string;
    key: string;
    symbol: string | null;
    kindVi: string | null;
    title: string | null;
    issuer: string | null;
    level: string | null;
    issuedOn: string | null;
    signer: string | null;
    stub: boolean;
    sourcePath: string | null;
    missing: string[];
    province: { name: string } | null;
  } | null;
  taskCounts: { total: number; groups: { key: string | null; label: string | null; count: number }[] };
  tasks: TaskPage;
}

export interface DerivationData {
  node: {
    id: string;
    ordinal: string | null;
    text: string;
    document: { id: string; symbol: string | null; kindVi: string | null; title: string | null };
    leadAgencies: { name: string }[];
    coordinatingAgencies: { name: string }[];
    deadline: { raw: string | null } | null;
    derivation: {
      kind: string;
      hops: number;
      explanation: string;
      chain: { id: string; symbol: string | null; kindVi: string | null; title: string | null }[];
      edges: { id: string; relation: string; source: string; target: string }[];
    } | null;
  } | null;
}
