package org.puente.forensics.attribution;

/**
 * One marker that a rule used.
 *
 * @param marker registry id of the marker compound
 * @param area its peak area normalised to the primary drug's
 * @param rule the rule that used it
 * @param route the route the rule points to
 * @param citation the rule's source
 */
public record Evidence(String marker, double area, String rule, Route route, Citation citation) {}
