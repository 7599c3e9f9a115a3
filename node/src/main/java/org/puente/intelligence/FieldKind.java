package org.puente.intelligence;

/** What a field of an entity holds, which decides how it is checked and normalised. */
public enum FieldKind {
  /** One line of text. */
  TEXT,
  /** A list of lines of text, for example aliases. */
  TEXTS,
  /** A calendar date, or only its year and month, or only its year. */
  DATE,
  /** ISO 3166-1 alpha-3 country codes. */
  COUNTRIES,
  /** One ISO 3166-1 alpha-3 country code. */
  COUNTRY,
  /** Identity documents or identifiers: {@code [{"kind","number","country"}]}. */
  DOCUMENTS,
  /** One of a closed list of codes. */
  CODE,
  /** A vehicle identification number with its check digit. */
  VIN,
  /** A phone number, normalised to E.164. */
  PHONE,
  /** A container number with its ISO 6346 check digit. */
  CONTAINER,
  /** An ISO 3166-2 subdivision code, for example {@code MX-SIN}. */
  SUBDIVISION,
  /** A point: {@code {"lat","lon"}} in WGS 84 degrees. */
  COORDINATES,
  /** Ids of DSAP reports. */
  REPORTS,
  /** A whole number, for example a model year. */
  INTEGER
}
