MERGE (d:Document {id: $id})
SET d += $props,
    d.issuedOn = CASE WHEN $issuedOn IS NULL THEN null ELSE date($issuedOn) END,
    d.stub = false,
    d.ingestedAt = datetime()
WITH d
CALL (d) {
  WITH d WHERE $province IS NOT NULL
  MERGE (p:Province {key: $province.key})
  ON CREATE SET p.name = $province.name, p.nameKey = $province.nameKey
  MERGE (d)-[:IN_PROVINCE]->(p)
}
RETURN d.id AS id
