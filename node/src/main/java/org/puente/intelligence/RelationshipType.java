package org.puente.intelligence;

/** How two entities are related, read from the first (source) to the second (target). */
public enum RelationshipType {
  MEMBER_OF,
  LEADS,
  ASSOCIATE_OF,
  RELATIVE_OF,
  EMPLOYED_BY,
  OWNS,
  USES,
  CALLED,
  RESIDES_AT,
  LOCATED_AT,
  TRAVELLED_WITH,
  SUPPLIES,
  SHIPPED_BY,
  CONSIGNED_TO,
  CARRIED_IN,
  SEIZED_IN,
  SUBJECT_OF,
  PART_OF
}
