package org.puente.intelligence;

import tools.jackson.databind.JsonNode;

/**
 * One field's value in one version of an entity.
 *
 * @param version the version it belongs to
 * @param value the normalised value
 * @param unverified whether an identifier was stored without passing its check
 */
public record FieldValue(int version, JsonNode value, boolean unverified) {}
