package org.puente.forensics.linkage;

/** A stored profile within the threshold of a query, and how far it is. */
public record Link(String id, double distance) {}
