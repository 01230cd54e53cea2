MATCH (d:Document {id: $id})
UNWIND $indicators AS i
CREATE (d)-[:HAS_INDICATOR]->(ind:Indicator)
SET ind = i.props
WITH ind, i
CALL (ind, i) {
  WITH ind, i WHERE i.agency IS NOT NULL
  MATCH (a:Agency {key: i.agency})
  CREATE (ind)-[:REPORTED_BY]->(a)
}
RETURN count(ind) AS indicators
