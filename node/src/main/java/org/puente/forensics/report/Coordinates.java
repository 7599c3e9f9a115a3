package org.puente.forensics.report;

/** WGS 84 position of a seizure, in decimal degrees. */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("coordinates out of range");
    }
  }
}
