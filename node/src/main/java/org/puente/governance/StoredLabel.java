package org.puente.governance;

/**
 * A label as stored: its id, the agency owning the records that carry it, its digest (named in the
 * transparency log) and the access expression it compiles to.
 *
 * @param id the label's row in {@code governance.label}
 * @param digest hex SHA-256 of the label's canonical form
 * @param owner the owning agency's code
 * @param label the label
 * @param expression the Accumulo access expression
 */
public record StoredLabel(long id, String digest, String owner, Label label, String expression) {}
