package org.puente.forensics.attribution;

/**
 * A published source a rule rests on.
 *
 * @param id short key used in the rule table
 * @param authors authors as cited
 * @param title title
 * @param venue journal and volume, or publisher
 * @param year year of publication
 * @param doi the DOI where it was checked, else empty
 */
public record Citation(
    String id, String authors, String title, String venue, int year, String doi) {}
