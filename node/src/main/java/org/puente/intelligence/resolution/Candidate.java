package org.puente.intelligence.resolution;

/** A stored record that may be the same person as a query, with why. */
public record Candidate(String id, Explanation explanation) {}
