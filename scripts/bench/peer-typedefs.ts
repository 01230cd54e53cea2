/**
 * Type definitions for the peer, @neo4j/graphql 7, over the very graph the API serves (docs/graph-model.md):
 * the same labels, properties and relationships, nothing added to the data.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Document @node @fulltext(indexes: [{ indexName: "search_text", queryName: "documentSearch", fields: ["searchText"] }]) {
    searchText: String
    id: ID!
    symbol: String
    title: String
    kind: String
    stub: Boolean
    province: Province @relationship(type: "IN_PROVINCE", direction: OUT)
    tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT)
    implements: [Document!]! @relationship(type: "IMPLEMENTS", direction: OUT)
    implementedBy: [Document!]! @relationship(type: "IMPLEMENTS", direction: IN)
    basedOnBy: [Document!]! @relationship(type: "BASED_ON", direction: IN)
    citedBy: [Document!]! @relationship(type: "CITES", direction: IN)
    replacedBy: [Document!]! @relationship(type: "REPLACES", direction: IN)
    amendedBy: [Document!]! @relationship(type: "AMENDS", direction: IN)
  }
  type Task @node @fulltext(indexes: [{ indexName: "search_text", queryName: "taskSearch", fields: ["searchText"] }]) {
    id: ID!
    documentId: String
    text: String
    searchText: String
    startOffset: Int
    duplicateOf: String
    deadlineEnd: Date
    deadlineKind: String
    deadlineStart: Date
    document: Document @relationship(type: "HAS_TASK", direction: IN)
    leadAgencies: [Agency!]! @relationship(type: "LED_BY", direction: OUT)
    coordinatingAgencies: [Agency!]! @relationship(type: "COORDINATED_BY", direction: OUT)
    cites: [Document!]! @relationship(type: "CITES", direction: OUT)
  }
  type Agency @node @fulltext(indexes: [{ indexName: "search_text", queryName: "agencySearch", fields: ["searchText"] }]) {
    key: ID!
    searchText: String
    name: String
  }
  type Indicator @node @fulltext(indexes: [{ indexName: "search_text", queryName: "indicatorSearch", fields: ["searchText"] }]) {
    id: ID!
    searchText: String
  }
  type Province @node {
    key: ID!
    name: String
  }
`;
