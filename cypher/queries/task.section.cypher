// Loader taskSection: the section each task sits in.
UNWIND $ids AS id
MATCH (:Task {id: id})-[:IN_SECTION]->(s:Section)
RETURN id AS key, {{_section:s}} AS value
