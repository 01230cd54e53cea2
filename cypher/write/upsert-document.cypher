MERGE (d:Document {id: $id})
// Another file's copy of a document already written (a news page restating a resolution whose full text is in the
// graph) rewrites what the document owns, but what the copy does not say (an undated news page) keeps what the other
// copy said: the date, the issuer, the signer, …. The same file re-read says everything again.
WITH d, properties(d) AS known,
     coalesce(d.stub, true) = false AND d.sourcePath IS NOT NULL AND d.sourcePath <> $props.sourcePath AS otherCopy
SET d += $props,
    d.issuedOn = CASE WHEN $issuedOn IS NOT NULL THEN date($issuedOn) WHEN otherCopy THEN known.issuedOn ELSE null END,
    d.stub = false,
    d.ingestedAt = datetime()
SET d += CASE WHEN otherCopy THEN {
      issuedYear: coalesce($props.issuedYear, known.issuedYear),
      kind: coalesce($props.kind, known.kind),
      kindVi: coalesce($props.kindVi, known.kindVi),
      number: coalesce($props.number, known.number),
      issuer: coalesce($props.issuer, known.issuer),
      level: coalesce($props.level, known.level),
      title: coalesce($props.title, known.title),
      signer: coalesce($props.signer, known.signer)
    } ELSE {} END
WITH d
CALL (d) {
  WITH d WHERE $province IS NOT NULL
  MERGE (p:Province {key: $province.key})
  ON CREATE SET p.name = $province.name, p.nameKey = $province.nameKey
  MERGE (d)-[:IN_PROVINCE]->(p)
}
RETURN d.id AS id
