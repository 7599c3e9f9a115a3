package org.puente.forensics.registry;

/** The three partner countries, by ISO 3166-1 alpha-3 code. */
public enum Country {
  USA,
  MEX,
  CAN
}
